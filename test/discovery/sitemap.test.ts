import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPublications } from '../../src/actions/list-publications.js';
import { loadReferenceData } from '../../src/actions/reference-data.js';
import { publicationPath } from '../../src/domain/publication.js';
import { DIALECTS, type TestEnv } from '../support/test-services.js';
import { BASE_URL, discoveryApp, openDemoEnv } from './support/demo-env.js';
import { xmllint } from './support/xmllint.js';

function urls(xml: string): { loc: string; lastmod: string | null }[] {
  return [...xml.matchAll(/<(?:url|sitemap)><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/(?:url|sitemap)>/g)]
    .map((m) => ({ loc: (m[1] ?? '').replace(/&amp;/g, '&'), lastmod: m[2] ?? null }));
}

describe.each(DIALECTS)('sitemap and robots.txt on the demo institute (%s)', (dialect) => {
  let env: TestEnv;
  let app: Hono;
  beforeAll(async () => {
    env = await openDemoEnv(dialect);
    app = discoveryApp(env);
  }, 120_000);
  afterAll(async () => env.close());

  it('robots.txt keeps crawlers out of /admin and /api and points to the sitemap index', async () => {
    const response = await app.request('/robots.txt');
    expect(response.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    const text = await response.text();
    expect(text.split('\n')).toEqual(expect.arrayContaining(['User-agent: *', 'Disallow: /admin', 'Disallow: /api', `Sitemap: ${BASE_URL}/sitemap.xml`]));
  });

  it('the index names one sitemap per content type, each with a lastmod, and every one answers', async () => {
    const response = await app.request('/sitemap.xml');
    expect(response.headers.get('Content-Type')).toBe('application/xml; charset=utf-8');
    const xml = await response.text();
    expect(xmllint(xml).isValid).toBe(true);
    const maps = urls(xml);
    expect(maps.map((m) => m.loc)).toEqual(['publications', 'people', 'units', 'terms', 'pages'].map((k) => `${BASE_URL}/sitemaps/${k}.xml`));
    for (const map of maps) {
      expect(map.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      const one = await app.request(map.loc.slice(BASE_URL.length));
      expect(one.status).toBe(200);
      expect(xmllint(await one.text()).isValid).toBe(true);
    }
    expect((await app.request('/sitemaps/nothing.xml')).status).toBe(404);
    expect((await app.request('/sitemaps/publications-2.xml')).status).toBe(404);
  });

  it('lists every public publication once, with its last change as lastmod', async () => {
    const ctx = env.context(null);
    const reference = await loadReferenceData(env.store);
    const expected = new Map<string, string>();
    for (let page = 1; ; page++) {
      const { items } = await listPublications(ctx, { page, pageSize: 100 });
      for (const p of items) expected.set(`${BASE_URL}${publicationPath(reference.seriesById.get(p.seriesId)?.slug ?? '', p)}`, `${p.updatedAt.slice(0, 19)}Z`);
      if (items.length < 100) break;
    }
    const listed = urls(await (await app.request('/sitemaps/publications.xml')).text()).filter((u) => /\/publications\/[^/]+\/[^/]+$/.test(u.loc));
    expect(listed).toHaveLength(expected.size);
    expect(new Map(listed.map((u) => [u.loc, u.lastmod]))).toEqual(expected);
  });

  it('people, units, terms and pages list their public pages', async () => {
    const text = async (path: string) => (await (await app.request(path)).text());
    const people = urls(await text('/sitemaps/people.xml')).map((u) => u.loc);
    expect(people).toContain(`${BASE_URL}/people/sarah-soh`);
    const units = urls(await text('/sitemaps/units.xml')).map((u) => u.loc);
    expect(units).toContain(`${BASE_URL}/research/idss`);
    const terms = urls(await text('/sitemaps/terms.xml'));
    expect(terms.find((u) => u.loc === `${BASE_URL}/themes/international-politics-and-security`)?.lastmod).toMatch(/Z$/);
    const pages = urls(await text('/sitemaps/pages.xml')).map((u) => u.loc);
    expect(pages).toContain(`${BASE_URL}/`);
    expect(pages).toContain(`${BASE_URL}/about/introduction`);
  });
});
