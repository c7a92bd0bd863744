import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionContext } from '../../src/actions/action-context.js';
import { searchPublications, type SearchPage, type SearchPublicationsInput } from '../../src/actions/search-publications.js';
import { loadDemoContent } from '../../src/demo/load-demo.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { systemContext } from '../support/seed.js';
import { HOSTILE_QUERIES } from './support/hostile-queries.js';

const codes = (page: SearchPage) => page.items.map((i) => i.publication.code ?? i.publication.title);

describe.each(DIALECTS)('searching the demo institute on %s', (dialect) => {
  let env: TestEnv;
  let reader: ActionContext;
  const search = (input: SearchPublicationsInput) => searchPublications(reader, input);

  beforeAll(async () => {
    env = await openTestEnv(dialect);
    await loadDemoContent(systemContext(env), { filesDir: join(env.databaseLocation.dataDir, 'files') });
    reader = env.context(null);
  }, 120_000);
  afterAll(async () => env.close());

  it('finds IP24112 first for a word only its body holds, with the word highlighted', async () => {
    const page = await search({ q: 'bromance' });
    expect(page.total).toBe(1);
    expect(codes(page)).toEqual(['IP24112']);
    expect(page.items[0]!.snippetHtml).toContain('“political <mark>bromance</mark>”');
    expect(page.items[0]!.snippetHtml).not.toMatch(/<(?!\/?mark>)/);
  });

  it('leads straight to a publication whose code is typed, in either case', async () => {
    for (const q of ['IP24112', 'ip24112', ' Ip24112 ']) {
      const page = await search({ q });
      expect(page.exact?.code).toBe('IP24112');
      expect(page.items[0]!.isExact).toBe(true);
      expect(codes(page)[0]).toBe('IP24112');
    }
    expect((await search({ q: 'IP99999' })).exact).toBeNull();
  });

  it('matches phrases only in sequence', async () => {
    expect(codes(await search({ q: '"political bromance"' }))).toEqual(['IP24112']);
    expect((await search({ q: '"bromance political"' })).total).toBe(0);
    const page = await search({ q: '"foreign policy"' });
    expect(page.total).toBeGreaterThan(0);
    for (const item of page.items) expect(item.snippetHtml + item.titleHtml).toMatch(/<mark>foreign\s+polic(y|ies)<\/mark>/i);
  });

  it('treats the last word as a prefix while it is being typed', async () => {
    expect(codes(await search({ q: 'bromanc' }))).toEqual(['IP24112']);
    expect((await search({ q: 'bromanc ' })).total).toBe(0);
    expect(codes(await search({ q: 'japan broma' }))).toEqual(['IP24112']);
  });

  it('excludes words with a minus', async () => {
    const japan = await search({ q: 'japan', pageSize: 50 });
    const withoutTrump = await search({ q: 'japan -trump', pageSize: 50 });
    expect(codes(japan)).toContain('IP24112');
    expect(codes(withoutTrump)).not.toContain('IP24112');
    expect(withoutTrump.total).toBeLessThan(japan.total);
    expect((await search({ q: '-japan' })).total).toBe((await search({})).total - japan.total);
  });

  it('counts facets over the matches, and each count is what choosing it finds', async () => {
    const page = await search({ q: 'security' });
    expect(page.total).toBeGreaterThan(5);
    const checks: [SearchPublicationsInput, number][] = [
      ...page.facets.series.map((e): [SearchPublicationsInput, number] => [{ q: 'security', series: [e.value] }, e.count]),
      ...page.facets.taxonomies.flatMap((t) => t.entries.map((e): [SearchPublicationsInput, number] => [{ q: 'security', terms: [`${t.slug}:${e.value}`] }, e.count])),
      ...page.facets.unit.map((e): [SearchPublicationsInput, number] => [{ q: 'security', unit: [e.value] }, e.count]),
      ...page.facets.author.map((e): [SearchPublicationsInput, number] => [{ q: 'security', author: [e.value] }, e.count]),
      ...page.facets.year.map((e): [SearchPublicationsInput, number] => [{ q: 'security', year: [Number(e.value)] }, e.count]),
    ];
    expect(checks.length).toBeGreaterThan(10);
    for (const [input, count] of checks) expect((await search(input)).total, JSON.stringify(input)).toBe(count);
    expect(page.facets.series.reduce((sum, e) => sum + e.count, 0)).toBe(page.total);
  });

  it('narrows with a facet and recounts the others over the narrower set', async () => {
    const all = await search({ q: 'security' });
    const region = all.facets.taxonomies.find((t) => t.slug === 'region')!.entries[0]!;
    const narrowed = await search({ q: 'security', terms: [`region:${region.value}`] });
    expect(narrowed.total).toBe(region.count);
    expect(narrowed.facets.taxonomies.find((t) => t.slug === 'region')!.entries.find((e) => e.value === region.value))
      .toMatchObject({ count: region.count, isSelected: true });
    expect(narrowed.facets.series.reduce((sum, e) => sum + e.count, 0)).toBe(narrowed.total);
    for (const entry of narrowed.facets.year) {
      expect(entry.count).toBeLessThanOrEqual(all.facets.year.find((e) => e.value === entry.value)!.count);
    }
    const year = narrowed.facets.year[0]!;
    const twice = await search({ q: 'security', terms: [`region:${region.value}`], year: [Number(year.value)] });
    expect(twice.total).toBe(year.count);
  });

  it('sorts by date and pages through the same set', async () => {
    const byDate = await search({ q: 'security', sort: 'date', pageSize: 50 });
    const dates = byDate.items.map((i) => i.publication.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const first = await search({ q: 'security', pageSize: 4, page: 1 });
    const second = await search({ q: 'security', pageSize: 4, page: 2 });
    expect(first.total).toBe(byDate.total);
    expect(first.pageCount).toBe(Math.ceil(byDate.total / 4));
    const ids = [...first.items, ...second.items].map((i) => i.publication.id);
    expect(new Set(ids).size).toBe(8);
    const allIds = async (sort: 'relevance' | 'date') => {
      const out: string[] = [];
      for (let pageNo = 1; pageNo <= byDate.pageCount; pageNo++) {
        out.push(...(await search({ q: 'security', sort, pageSize: 50, page: pageNo })).items.map((i) => i.publication.id));
      }
      return out;
    };
    const [byRelevance, dated] = [await allIds('relevance'), await allIds('date')];
    expect(byRelevance).toHaveLength(byDate.total);
    expect(new Set(byRelevance)).toEqual(new Set(dated));
  });

  it('answers hostile queries without errors and without leaking markup', async () => {
    for (const q of HOSTILE_QUERIES.filter((h) => h.length <= 500)) {
      const page = await search({ q });
      expect(page.total, q).toBeGreaterThanOrEqual(0);
      for (const item of page.items) expect(item.titleHtml + item.snippetHtml).not.toMatch(/<(?!\/?mark>)/);
    }
    await expect(search({ q: 'x'.repeat(501) })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'q' }] });
  });

  it('refuses bad filters naming them', async () => {
    await expect(search({ series: ['no-such-series'] })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'series' }] });
    await expect(search({ author: ['nobody'] })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'author' }] });
    await expect(search({ page: 0 })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'page' }] });
    await expect(search({ pageSize: 500 })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'pageSize' }] });
  });
});
