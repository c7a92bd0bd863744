import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRedirect } from '../../src/actions/find-redirect.js';
import { updatePublication } from '../../src/actions/update-publication.js';
import { savePage } from '../../src/actions/save-page.js';
import { countOutcomes } from '../../src/import/import-report.js';
import { importPages, type PagesImportOptions } from '../../src/import/pages/import-pages.js';
import { systemContext } from '../support/seed.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { loadDemoVocabulary } from './support/demo-vocabulary.js';

const CORPUS = join(import.meta.dirname, '../fixtures/import/pages');

describe.each(DIALECTS)('importing the page corpus on %s', (dialect) => {
  let env: TestEnv;
  let dir: string;
  let options: PagesImportOptions;
  beforeAll(async () => {
    env = await openTestEnv(dialect);
    await loadDemoVocabulary(systemContext(env));
    // A copy, so a test can change a page at its source.
    dir = mkdtempSync(join(tmpdir(), 'imprint-pages-'));
    cpSync(CORPUS, dir, { recursive: true });
    options = { paths: [dir], urlMap: join(dir, 'urls.tsv'), series: 'op-eds', publishTime: '10:00+08:00' };
  });
  afterAll(async () => {
    await env.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const counts = async () => ({
    publications: Object.values(await env.store.publications.countByStatus()).reduce((a, b) => a + b, 0),
    people: (await env.store.people.list()).length,
    terms: (await env.store.taxonomies.listTerms()).length,
  });

  it('a dry run reports every item and writes nothing', async () => {
    const before = await counts();
    const report = await importPages(systemContext(env), { ...options, isDryRun: true });
    expect(report.isDryRun).toBe(true);
    expect(countOutcomes(report)).toMatchObject({ created: 13, failed: 0 });
    expect(await counts()).toEqual(before);
  });

  it('creates a publication for every page, through the same actions as the admin', async () => {
    const before = await counts();
    const report = await importPages(systemContext(env), options);
    expect(report.items.filter((i) => i.outcome !== 'created')).toEqual([]);
    const after = await counts();
    expect(after.publications - before.publications).toBe(13);
    // New people: Chen Li-Hua, Muhammad Faizal bin Abdul Rahman, Lukas Brandt, Ong Jia Hui, Daniel Kwan, Lina Gong, Siti Aisyah binte Kamal.
    expect(after.people - before.people).toBe(7);
    // New terms, to review: Regional Integration, Central Asia, Crisis Communication.
    expect(after.terms - before.terms).toBe(3);
    const review = (await env.store.taxonomies.listTerms()).filter((t) => t.needsReview).map((t) => t.name).sort();
    expect(review).toEqual(['Central Asia', 'Crisis Communication', 'Regional Integration']);
  });

  it('matches bylines to profiles with honorifics ignored, and creates the rest', async () => {
    const co15193 = await env.store.publications.findByCode('CO15193');
    expect(co15193?.authors.map((a) => a.personSlug)).toEqual(['farida-rahmawati', 'kenji-morikawa', 'chen-li-hua']);
    const created = await env.store.people.findBySlug('chen-li-hua');
    expect(created).toMatchObject({ name: 'Chen Li-Hua', honorific: '' });
    const faizal = await env.store.people.findBySlug('muhammad-faizal-bin-abdul-rahman');
    expect(faizal?.rank).toBe('Associate Research Fellow');
    const wp = await env.store.publications.findByCode('WP248');
    expect(wp?.authors.map((a) => a.personSlug)).toEqual(['tomasz-nowicki', 'priya-nandakumar', 'daniel-kwan']);
  });

  it('files items in their series with codes, precision and status', async () => {
    const wp = await env.store.publications.findByCode('WP248');
    expect(wp).toMatchObject({ sequence: 248, date: '2012-09-03', status: 'published', publishedAt: '2012-09-03T02:00:00.000Z' });
    const cutOff = await env.store.publications.findByCode('CO24150');
    expect(cutOff?.status).toBe('draft');
    const { items } = await env.store.publications.list({ titleSearch: 'crisis communication', limit: 5, offset: 0 });
    expect(items[0]).toMatchObject({ date: '2015-03', datePrecision: 'month', code: null });
  });

  it('redirects every old address to the new page', async () => {
    expect(await findRedirect(env.context(null), { path: 'http://rsis.edu.sg/rsis-publication/rsis/co17041-sea-lanes-and-the-limits-of-naval-diplomacy' }))
      .toBe('/publications/rsis-commentary-series/co17041-sea-lanes-and-the-limits-of-naval-diplomacy');
    expect(await findRedirect(env.context(null), { path: 'https://www.rsis.edu.sg/staff-publication/aseans-quiet-diplomacy-deserves-more-credit/' }))
      .toBe('/publications/op-eds/aseans-quiet-diplomacy-deserves-more-credit');
  });

  it('changes nothing when run again', async () => {
    const before = await counts();
    const report = await importPages(systemContext(env), options);
    expect(new Set(report.items.map((i) => i.outcome))).toEqual(new Set(['unchanged']));
    expect(await counts()).toEqual(before);
  });

  it('updates an item changed at the source, and leaves one edited in Imprint alone unless told', async () => {
    const ctx = systemContext(env);
    const file = join(dir, 'co18053-previous-theme.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Why Partnerships Work', 'Why Community Partnerships Work'));
    const wrapped = join(dir, 'co20210-lynx-wrapped.txt');
    writeFileSync(wrapped, readFileSync(wrapped, 'utf8').replace('Reshoring, however, is expensive.', 'Reshoring, however, is costly.'));
    const edited = await env.store.publications.findByCode('CO20210');
    await updatePublication(ctx, { id: edited?.id ?? '', revision: edited?.revision ?? 0, title: 'Supply Chains After the Pandemic (edited)' });

    const report = await importPages(ctx, options);
    const outcome = (name: string) => report.items.find((i) => i.item.endsWith(name));
    expect(outcome('co18053-previous-theme.txt')).toMatchObject({ outcome: 'updated' });
    expect((await env.store.publications.findByCode('CO18053'))?.body).toContain('## Why Community Partnerships Work');
    expect(outcome('co20210-lynx-wrapped.txt')?.outcome).toBe('skipped');
    expect(outcome('co20210-lynx-wrapped.txt')?.reason).toMatch(/edited in Imprint since it was imported/);
    expect((await env.store.publications.findByCode('CO20210'))?.title).toBe('Supply Chains After the Pandemic (edited)');

    const forced = await importPages(ctx, { ...options, shouldOverwrite: true });
    expect(forced.items.find((i) => i.item.endsWith('co20210-lynx-wrapped.txt'))?.outcome).toBe('updated');
    expect((await env.store.publications.findByCode('CO20210'))?.title).toBe('Supply Chains After the Pandemic: Diversify, Do Not Retreat');
    // Unchanged at the source since: nothing to do, edits or not.
    const again = await importPages(ctx, options);
    expect(new Set(again.items.map((i) => i.outcome))).toEqual(new Set(['unchanged']));
  });
});

describe.each(DIALECTS)('an item that fails on %s', (dialect) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await openTestEnv(dialect);
    const ctx = systemContext(env);
    await loadDemoVocabulary(ctx);
    // The media highlight's old address already leads to a page of the site: its import must fail.
    const page = await savePage(ctx, { title: 'Cyber norms' });
    await env.store.redirects.upsert({ fromPath: '/media-highlight/cens/why-small-states-need-cyber-norms', targetKind: 'page', targetId: page.id }, new Date().toISOString());
  });
  afterAll(async () => env.close());

  const options = (isDryRun: boolean): PagesImportOptions => ({
    paths: [join(CORPUS, 'media-highlight-14-03-2017.txt'), join(CORPUS, 'co17041-current-design.txt')],
    urlMap: join(CORPUS, 'urls.tsv'), series: 'op-eds', isDryRun,
  });

  it('in a dry run is reported, and the items after it still run', async () => {
    const report = await importPages(systemContext(env), options(true));
    expect(report.items.map((i) => i.outcome)).toEqual(['failed', 'created']);
    expect(report.items[0]).toMatchObject({ isBadInput: true });
    expect(report.items[0]?.reason).toContain('legacyUrls: /media-highlight/cens/why-small-states-need-cyber-norms already redirects to another page');
  });

  it('leaves nothing of itself behind: no publication, no author it would have created', async () => {
    const report = await importPages(systemContext(env), options(false));
    expect(report.items.map((i) => i.outcome)).toEqual(['failed', 'created']);
    expect(await env.store.people.findBySlug('ong-jia-hui')).toBeUndefined();
    const { total } = await env.store.publications.list({ titleSearch: 'cyber norms', limit: 1, offset: 0 });
    expect(total).toBe(0);
    expect(await env.store.publications.findByCode('CO17041')).toBeDefined();
  });
});
