import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublication } from '../../src/actions/create-publication.js';
import { publishPublication } from '../../src/actions/publish-publication.js';
import { createApp } from '../../src/app.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { createDraft, draftInput, seedBasics, systemContext } from '../support/seed.js';

interface ApiError { error: { status: number; code: string; message: string; fields: { field: string; message: string }[] } }
interface Facet { value: string; label: string; count: number; selected: boolean }
interface SearchBody {
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  exact: { code: string; url: string } | null;
  redirect: string | null;
  items: { id: string; code: string | null; title: string; url: string; titleHtml: string; snippetHtml: string; isExact: boolean }[];
  facets: Record<string, Facet[]>;
}

describe.each(DIALECTS)('GET /search and /api/v1/search on %s', (dialect) => {
  let env: TestEnv;
  let app: Hono;
  beforeAll(async () => {
    env = await openTestEnv(dialect, { baseUrl: 'https://think.example' });
    await seedBasics(env);
    const ctx = systemContext(env);
    await createPublication(ctx, draftInput({
      code: 'IP24112', status: 'published', body: 'A “political bromance” with Trump.',
      terms: ['theme:international-politics-and-security', 'region:east-asia-and-asia-pacific'],
    }));
    for (let i = 1; i <= 3; i++) {
      await publishPublication(ctx, {
        id: (await createDraft(ctx, { series: 'working-papers', title: `Working paper ${i} on bromance`, date: `2023-0${i}-01`, authors: [{ person: 'tan-wei-ming' }] })).id,
      });
    }
    await createDraft(ctx, { title: 'Unpublished bromance draft' });
    app = createApp(env).app;
  });
  afterAll(async () => env.close());

  const get = async <T>(path: string): Promise<{ status: number; body: T }> => {
    const response = await app.request(path);
    return { status: response.status, body: (await response.json()) as T };
  };

  it('answers {items, total, facets} with highlighted titles and snippets, published items only', async () => {
    const { status, body } = await get<SearchBody>('/api/v1/search?q=bromance');
    expect(status).toBe(200);
    expect(body.total).toBe(4);
    expect(body.items.map((i) => i.title)).not.toContain('Unpublished bromance draft');
    const ip = body.items.find((i) => i.code === 'IP24112')!;
    expect(ip.snippetHtml).toContain('<mark>bromance</mark>');
    expect(ip.url).toBe('https://think.example/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025');
    expect(body.items.find((i) => i.code === 'WP1')!.titleHtml).toBe('Working paper 1 on <mark>bromance</mark>');
    expect(body.facets.series).toEqual([
      { value: 'working-papers', label: 'Working Papers', count: 3, selected: false },
      { value: 'idss-papers', label: 'IDSS Papers', count: 1, selected: false },
    ]);
    expect(body.facets.theme).toEqual([{ value: 'international-politics-and-security', label: 'International Politics and Security', count: 1, selected: false }]);
    expect(body.facets.region).toHaveLength(1);
    expect(body.facets.author?.map((a) => [a.value, a.count])).toEqual([['tan-wei-ming', 3], ['sarah-soh', 1]]);
    expect(body.facets.year?.map((y) => y.value)).toEqual(['2024', '2023']);
  });

  it('narrows by facet parameters and recounts', async () => {
    const { body } = await get<SearchBody>('/api/v1/search?q=bromance&series=working-papers&year=2023&sort=date&pageSize=2');
    expect(body.total).toBe(3);
    expect(body.pageCount).toBe(2);
    expect(body.items.map((i) => i.code)).toEqual(['WP3', 'WP2']);
    expect(body.facets.series).toEqual([{ value: 'working-papers', label: 'Working Papers', count: 3, selected: true }]);
    const theme = await get<SearchBody>('/api/v1/search?q=bromance&theme=international-politics-and-security');
    expect(theme.body.items.map((i) => i.code)).toEqual(['IP24112']);
  });

  it('names the publication whose code was typed, with its address to go to', async () => {
    const { body } = await get<SearchBody>('/api/v1/search?q=ip24112');
    expect(body.exact?.code).toBe('IP24112');
    expect(body.redirect).toBe('https://think.example/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025');
    expect(body.items[0]!.isExact).toBe(true);
  });

  it.each([
    ['page=0', 'page'], ['page=x', 'page'], ['pageSize=500', 'pageSize'], ['sort=best', 'sort'], ['series=nope', 'series'],
    ['theme=nope', 'theme'], ['year=20x4', 'year'], ['author=nobody', 'author'], [`q=${'a'.repeat(501)}`, 'q'],
  ])('refuses %s with a 400 naming %s', async (query, field) => {
    const { status, body } = await get<ApiError>(`/api/v1/search?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid');
    expect(body.error.fields.map((f) => f.field)).toContain(field);
  });

  it('ignores parameters it does not know and survives hostile queries', async () => {
    expect((await get<SearchBody>('/api/v1/search?q=bromance&utm_source=newsletter')).status).toBe(200);
    for (const q of ['"', 'NEAR(a b)', 'a & !b', "'; drop table publications; --", 'title:*', '\\']) {
      expect((await get<SearchBody>(`/api/v1/search?q=${encodeURIComponent(q)}`)).status).toBe(200);
    }
  });

  const page = async (path: string) => {
    const response = await app.request(path);
    return { status: response.status, html: await response.text(), headers: response.headers };
  };

  it('serves the search page without JavaScript: count, highlights, facets as links, sort links', async () => {
    const { status, html, headers } = await page('/search?q=bromance');
    expect(status).toBe(200);
    expect(html).toContain('4 publications for <q>bromance</q>');
    expect(html).toContain('Working paper 1 on <mark>bromance</mark>');
    expect(html).not.toContain('Unpublished bromance draft');
    expect(html).toContain('href="/search?q=bromance&amp;series=working-papers"');
    expect(html).toContain('href="/search?q=bromance&amp;sort=date"');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(headers.get('content-security-policy')).toContain("script-src 'self'");

    const narrowed = await page('/search?q=bromance&series=working-papers');
    expect(narrowed.html).toContain('3 publications for <q>bromance</q>');
    expect(narrowed.html).toContain('<a href="/search?q=bromance">Clear all filters</a>');
  });

  it('shows a quoted phrase as typed, not quoted twice', async () => {
    const { html } = await page(`/search?q=${encodeURIComponent('"political bromance"')}`);
    expect(html).toContain('1 publication for &quot;political bromance&quot;');
    expect(html).not.toContain('<q>&quot;');
  });

  it('goes straight to a publication whose code is typed', async () => {
    const response = await app.request('/search?q=ip24112');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025');
  });

  it('names a bad filter on the page with a 400 and escapes what was typed', async () => {
    const bad = await page('/search?q=bromance&year=20x4');
    expect(bad.status).toBe(400);
    expect(bad.html).toMatch(/This search could not be run: [^<]*year/);
    const hostile = await page(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(hostile.status).toBe(200);
    expect(hostile.html).not.toContain('<script>alert(1)');
    expect(hostile.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
