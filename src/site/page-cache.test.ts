import { describe, expect, it } from 'vitest';
import { PageCache, type CachedPage } from './page-cache.js';

const page = (body: string, tags: string[]): CachedPage => ({ body: Buffer.from(body), etag: '"x"', contentType: 'text/html', tags });

describe('PageCache', () => {
  it('drops every page carrying an invalidated tag and keeps the others', () => {
    const cache = new PageCache();
    cache.set('/a', page('a', ['chrome', 'person:1']), cache.epoch());
    cache.set('/b', page('b', ['chrome', 'person:2']), cache.epoch());
    expect(cache.invalidate(['person:1'])).toBe(1);
    expect(cache.has('/a')).toBe(false);
    expect(Buffer.from(cache.get('/b')!.body).toString()).toBe('b');
    cache.invalidate(['chrome']);
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });

  it('evicts the least recently used pages once the bodies exceed the bound', () => {
    const body = 'x'.repeat(1000);
    const cache = new PageCache({ maxBytes: 3100 });
    for (const key of ['/1', '/2', '/3']) cache.set(key, page(body, []), cache.epoch());
    cache.get('/1');
    cache.set('/4', page(body, []), cache.epoch());
    expect(['/1', '/2', '/3', '/4'].filter((k) => cache.has(k))).toEqual(['/1', '/3', '/4']);
    expect(cache.stats().bytes).toBeLessThanOrEqual(3100);
  });

  it('counts bytes, not characters', () => {
    const cache = new PageCache({ maxBytes: 1000 });
    expect(cache.set('/k', page('’'.repeat(400), []), cache.epoch())).toBe(false);
  });

  it('refuses a page rendered before one of its tags was invalidated', () => {
    const cache = new PageCache();
    const started = cache.epoch();
    cache.invalidate(['person:1']);
    expect(cache.set('/stale', page('old name', ['person:1']), started)).toBe(false);
    expect(cache.set('/fine', page('other', ['person:2']), started)).toBe(true);
    expect(cache.set('/fresh', page('new name', ['person:1']), cache.epoch())).toBe(true);
  });

  it('replaces a page under the same key and forgets its old tags', () => {
    const cache = new PageCache();
    cache.set('/a', page('one', ['term:1']), cache.epoch());
    cache.set('/a', page('two', ['term:2']), cache.epoch());
    expect(cache.invalidate(['term:1'])).toBe(0);
    expect(Buffer.from(cache.get('/a')!.body).toString()).toBe('two');
    expect(cache.stats().entries).toBe(1);
  });
});
