import { parseFeed } from '@rowanmanning/feed-parser';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPublications, type ListPublicationsInput } from '../../src/actions/list-publications.js';
import { loadReferenceData } from '../../src/actions/reference-data.js';
import { displayTitle, publicationPath, type PublicationSummary } from '../../src/domain/publication.js';
import { DIALECTS, type TestEnv } from '../support/test-services.js';
import { BASE_URL, discoveryApp, openDemoEnv } from './support/demo-env.js';

/** Every kind of feed, with the listing filter that must give the same items in the same order. */
const SCOPES: { path: string; filter: ListPublicationsInput }[] = [
  { path: '/feeds/publications', filter: {} },
  { path: '/feeds/series/idss-papers', filter: { series: 'idss-papers' } },
  { path: '/feeds/series/rsis-commentary-series', filter: { series: 'rsis-commentary-series' } },
  { path: '/feeds/themes/international-politics-and-security', filter: { terms: ['theme:international-politics-and-security'] } },
  { path: '/feeds/regions/east-asia-and-asia-pacific', filter: { terms: ['region:east-asia-and-asia-pacific'] } },
  { path: '/feeds/research/idss', filter: { unit: 'idss' } },
  { path: '/feeds/people/sarah-soh', filter: { author: 'sarah-soh' } },
];

interface Expected {
  title: string;
  url: string;
  published: string;
  updated: string;
  authors: string[];
  summary: string;
}

describe.each(DIALECTS)('feeds on the demo institute (%s)', (dialect) => {
  let env: TestEnv;
  let app: Hono;
  const expected = new Map<string, Expected[]>();

  beforeAll(async () => {
    env = await openDemoEnv(dialect);
    app = discoveryApp(env);
    const ctx = env.context(null);
    const reference = await loadReferenceData(env.store);
    const toExpected = (p: PublicationSummary): Expected => ({
      title: displayTitle(p),
      url: `${BASE_URL}${publicationPath(reference.seriesById.get(p.seriesId)?.slug ?? '?', p)}`,
      published: p.publishedAt ?? '',
      updated: p.updatedAt,
      authors: p.authors.map((a) => a.name),
      summary: p.synopsis,
    });
    for (const scope of SCOPES) {
      const { items } = await listPublications(ctx, { ...scope.filter, pageSize: 20 });
      expected.set(scope.path, items.map(toExpected));
    }
  }, 120_000);
  afterAll(async () => env.close());

  it('every scope has items to compare', () => {
    for (const scope of SCOPES) expect(expected.get(scope.path)?.length, scope.path).toBeGreaterThan(0);
    expect(expected.get('/feeds/publications')).toHaveLength(20);
  });

  it.each(SCOPES.map((s) => s.path))('RSS 2.0 %s parses back to the stored publications', async (path) => {
    const response = await app.request(`${path}.rss`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/rss+xml; charset=utf-8');
    const feed = parseFeed(await response.text());
    expect(feed.meta.type).toBe('rss');
    expect(feed.url).toMatch(/^https:\/\/imprint\.test\//);
    const items = feed.items.map((item) => ({
      title: item.title, url: item.url, published: item.published?.toISOString(),
      authors: item.authors.map((a) => a.name), summary: item.description,
    }));
    expect(items).toEqual((expected.get(path) ?? []).map((e) => ({
      // RSS carries one date per item (pubDate, RFC 822: whole seconds).
      title: e.title, url: e.url, published: new Date(Math.floor(Date.parse(e.published) / 1000) * 1000).toISOString(),
      authors: e.authors, summary: e.summary,
    })));
    for (const item of feed.items) expect(item.categories.length).toBeGreaterThan(0);
  });

  it.each(SCOPES.map((s) => s.path))('Atom 1.0 %s parses back to the stored publications', async (path) => {
    const response = await app.request(`${path}.atom`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
    const feed = parseFeed(await response.text());
    expect(feed.meta.type).toBe('atom');
    expect(feed.self).toBe(`${BASE_URL}${path}.atom`);
    const items = feed.items.map((item) => ({
      title: item.title, url: item.url, published: item.published?.toISOString(), updated: item.updated?.toISOString(),
      authors: item.authors.map((a) => a.name), summary: item.description,
    }));
    expect(items).toEqual((expected.get(path) ?? []).map((e) => ({
      title: e.title, url: e.url, published: e.published, updated: e.updated, authors: e.authors, summary: e.summary,
    })));
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length);
  });

  it.each(SCOPES.map((s) => s.path))('JSON Feed 1.1 %s has the required fields and the stored publications', async (path) => {
    const response = await app.request(`${path}.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/feed+json; charset=utf-8');
    const feed = JSON.parse(await response.text()) as {
      version: string; title: string; feed_url: string; home_page_url: string;
      items: { id: string; url: string; title: string; content_text?: string; content_html?: string; summary: string;
        date_published: string; date_modified: string; authors: { name: string }[] }[];
    };
    // Required by https://www.jsonfeed.org/version/1.1/: version, title, items; each item an id and content_html or content_text.
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed.title).toBe('string');
    expect(feed.feed_url).toBe(`${BASE_URL}${path}.json`);
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(typeof (item.content_text ?? item.content_html)).toBe('string');
    }
    expect(feed.items.map((i) => ({
      title: i.title, url: i.url, published: i.date_published, updated: i.date_modified, authors: i.authors.map((a) => a.name), summary: i.summary,
    }))).toEqual(expected.get(path));
  });

  it('answers If-None-Match with 304 and unknown feeds with 404', async () => {
    const first = await app.request('/feeds/publications.atom');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('Cache-Control')).toBe('public, max-age=0, must-revalidate');
    const again = await app.request('/feeds/publications.atom', { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect((await app.request('/feeds/series/no-such-series.rss')).status).toBe(404);
    expect((await app.request('/feeds/publications.xml')).status).toBe(404);
    expect((await app.request('/feeds/themes/no-such-theme.json')).status).toBe(404);
    expect((await app.request('/feeds/people/nobody.rss')).status).toBe(404);
  });
});
