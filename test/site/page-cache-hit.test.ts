import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savePerson } from '../../src/actions/save-person.js';
import { SECURITY_HEADERS } from '../../src/http/security-headers.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { answerFromPageCache } from '../../src/site/page-cache-hit.js';
import { systemContext } from '../support/seed.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { IP24112_PATH, openSite } from './site-fixture.js';

/** Cache hits answered before the application, over a real socket as `imprint serve` runs them. */
describe.each(DIALECTS)('page cache hits answered early on %s', (dialect) => {
  let env: TestEnv;
  let site: Awaited<ReturnType<typeof openSite>>;
  let server: RunningServer;
  /** Requests the early answer took; the rest reached the application. */
  let answeredEarly = 0;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });

  beforeAll(async () => {
    env = await openTestEnv(dialect);
    site = await openSite(env);
    const early = answerFromPageCache(site.site.cache);
    server = await startServer(site.app, {
      host: '127.0.0.1',
      port: 0,
      answerEarly: (req, res) => {
        const isAnswered = early(req, res);
        if (isAnswered) answeredEarly++;
        return isAnswered;
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await env.close();
  });

  it('answers a hit with the bytes, ETag and every header the application sent', async () => {
    site.site.cache.clear();
    const before = answeredEarly;
    const miss = await get(IP24112_PATH);
    expect(answeredEarly).toBe(before);
    const hit = await get(IP24112_PATH);
    expect(answeredEarly).toBe(before + 1);
    expect(miss.headers.get('x-cache')).toBe('miss');
    expect(hit.headers.get('x-cache')).toBe('hit');
    expect(await hit.text()).toBe(await miss.text());
    for (const name of ['etag', 'cache-control', 'content-type', ...SECURITY_HEADERS.map(([header]) => header.toLowerCase())]) {
      expect(hit.headers.get(name), name).toBe(miss.headers.get(name));
    }
    const notModified = await get(IP24112_PATH, { 'If-None-Match': hit.headers.get('etag') ?? '' });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('x-cache')).toBe('hit');
    expect(notModified.headers.get('content-security-policy')).toBeTruthy();
    expect(await notModified.text()).toBe('');
  });

  it('leaves misses, other methods and changed pages to the application', async () => {
    site.site.cache.clear();
    await get(IP24112_PATH);
    const before = answeredEarly;
    const post = await fetch(`${server.url}${IP24112_PATH}`, { method: 'POST' });
    expect(post.headers.get('x-cache')).toBeNull();
    expect(answeredEarly).toBe(before);

    await savePerson(systemContext(env), { id: site.sarah.id, name: 'Sarah Soh Mei Ling' });
    const after = await get(IP24112_PATH);
    expect(after.headers.get('x-cache')).toBe('miss');
    expect(await after.text()).toContain('Sarah Soh Mei Ling');
    expect((await get(IP24112_PATH)).headers.get('x-cache')).toBe('hit');
    expect((await get('/admin/sign-in')).headers.get('x-cache')).toBeNull();
  });
});
