import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchPublications, type SearchPage, type SearchPublicationsInput } from '../../src/actions/search-publications.js';
import { loadDemoContent } from '../../src/demo/load-demo.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { systemContext } from '../support/seed.js';

const QUERIES: SearchPublicationsInput[] = [
  { q: 'bromance' }, { q: 'ip24112' }, { q: 'japan' }, { q: 'japan ' }, { q: 'security' }, { q: 'security policy' },
  { q: '"foreign policy"' }, { q: '"South China Sea"' }, { q: 'mari' }, { q: 'secu' }, { q: 'japan -china' }, { q: '-security' },
  { q: 'policies' }, { q: 'Japan’s' }, { q: 'security', terms: ['theme:maritime-security'] }, { q: 'security', year: [2024] },
  { q: '', series: ['rsis-commentary-series'] }, { q: 'terrorism extremism' }, { q: 'NEAR(japan china)' }, { q: 'asean*' },
];

/** Publication ids differ between databases; codes and titles do not. */
const handles = (page: SearchPage) => page.items.map((i) => i.publication.code ?? i.publication.title);
const facetCounts = (page: SearchPage) => ({
  series: page.facets.series.map((e) => [e.value, e.count]),
  terms: page.facets.taxonomies.map((t) => [t.slug, t.entries.map((e) => [e.value, e.count])]),
  unit: page.facets.unit.map((e) => [e.value, e.count]),
  author: page.facets.author.map((e) => [e.value, e.count]),
  year: page.facets.year.map((e) => [e.value, e.count]),
});

describe.runIf(DIALECTS.length === 2)('the same search on both databases', () => {
  const envs: TestEnv[] = [];
  beforeAll(async () => {
    for (const dialect of DIALECTS) {
      const env = await openTestEnv(dialect);
      await loadDemoContent(systemContext(env), { filesDir: join(env.databaseLocation.dataDir, 'files') });
      envs.push(env);
    }
  }, 180_000);
  afterAll(async () => {
    for (const env of envs) await env.close();
  });

  it.each(QUERIES)('finds the same publications, in the same date order, with the same facet counts: %j', async (input) => {
    const [sqlite, postgres] = await Promise.all(envs.map((env) => searchPublications(env.context(null), { ...input, sort: 'date', pageSize: 50 })));
    expect(handles(postgres!)).toEqual(handles(sqlite!));
    expect(postgres!.total).toBe(sqlite!.total);
    expect(facetCounts(postgres!)).toEqual(facetCounts(sqlite!));
    expect(postgres!.exact?.code ?? null).toBe(sqlite!.exact?.code ?? null);
    const [relevanceA, relevanceB] = await Promise.all(envs.map((env) => searchPublications(env.context(null), { ...input, pageSize: 50 })));
    // The two rankers differ (bm25, ts_rank_cd): the same set, not the same order.
    expect(relevanceB!.total).toBe(relevanceA!.total);
    if (relevanceA!.total <= 50) expect(new Set(handles(relevanceB!))).toEqual(new Set(handles(relevanceA!)));
    // The first result agrees when the query has a clear winner (a code, a rare word).
    if (relevanceA!.total <= 2) expect(handles(relevanceB!)[0]).toBe(handles(relevanceA!)[0]);
  });
});
