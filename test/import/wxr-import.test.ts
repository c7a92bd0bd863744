import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRedirect } from '../../src/actions/find-redirect.js';
import { runCli } from '../../src/cli/run-cli.js';
import { countOutcomes } from '../../src/import/import-report.js';
import { importWxr } from '../../src/import/wxr/import-wxr.js';
import { readWxr } from '../../src/import/wxr/read-wxr.js';
import { runtime } from '../../src/main.js';
import { createApp } from '../../src/app.js';
import { systemContext } from '../support/seed.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { loadDemoVocabulary } from './support/demo-vocabulary.js';

const FILE = join(import.meta.dirname, '../fixtures/import/wxr/maritime-matters.wordpress.xml');
const SITE = 'https://maritime.example-institute.org';
const XML = readFileSync(FILE, 'utf8');

describe('reading a WordPress export', () => {
  it('reads authors, categories, tags, posts, pages and attachments with their metadata', () => {
    const site = readWxr(XML, 'export.xml');
    expect(site).toMatchObject({ title: 'Maritime Matters', baseUrl: SITE });
    expect(site.authors.map((a) => a.login)).toEqual(['admin', 'moei', 'hlim']);
    expect(site.terms.map((t) => `${t.kind}:${t.slug}`)).toEqual([
      'category:uncategorized', 'category:commentaries', 'category:maritime-security', 'category:southeast-asia', 'category:blue-economy',
      'category:fisheries', 'tag:south-china-sea', 'tag:coast-guards',
    ]);
    const attachment = site.items.find((i) => i.id === 201);
    expect(attachment?.attachment).toEqual({
      url: `${SITE}/wp-content/uploads/2024/03/coast-guard-vessel.jpg`, file: '2024/03/coast-guard-vessel.jpg',
      alt: 'A white-hulled coast guard cutter at sea', width: 1200, height: 800, mimeType: 'image/jpeg',
    });
    expect(site.items.find((i) => i.id === 103)).toMatchObject({ status: 'draft', dateGmt: null, slug: '' });
  });

  it('refuses malformed XML naming the line and column', () => {
    const broken = XML.replace('<wp:post_name><![CDATA[counting-fish]]></wp:post_name>', '<wp:post_name><![CDATA[counting-fish]]></wp:post_nam>');
    const line = broken.slice(0, broken.indexOf('</wp:post_nam>')).split('\n').length;
    expect(() => readWxr(broken, 'export.xml')).toThrow(`export.xml:${line}:`);
    expect(() => readWxr(broken, 'export.xml')).toThrow('closing tag </wp:post_nam> does not match <wp:post_name>');
    expect(() => readWxr('<rss><channel><title>x</title></channel></rss>', 'feed.xml')).toThrow('not a WordPress export');
    expect(() => readWxr(XML.replace('<wp:post_id>102</wp:post_id>', ''), 'export.xml')).toThrow('wp:post_id is missing');
  });
});

describe.each(DIALECTS)('importing a WordPress export on %s', (dialect) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await openTestEnv(dialect);
    await loadDemoVocabulary(systemContext(env));
  });
  afterAll(async () => env.close());

  const counts = async () => ({
    publications: Object.values(await env.store.publications.countByStatus()).reduce((a, b) => a + b, 0),
    pages: (await env.store.pages.list()).length,
    people: (await env.store.people.list()).length,
    terms: (await env.store.taxonomies.listTerms()).length,
    series: (await env.store.series.list()).length,
  });

  it('a dry run reports what would happen and writes nothing', async () => {
    const before = await counts();
    const report = await importWxr(systemContext(env), { file: FILE, isDryRun: true });
    // The series, a new author, 4 new terms, 2 attachments, 3 pages and 4 posts (the private one as a draft).
    expect(countOutcomes(report)).toMatchObject({ created: 15, failed: 0 });
    expect(report.items.filter((i) => i.outcome === 'skipped').map((i) => [i.item, i.reason])).toEqual([
      ['export: author admin', 'wrote no posts; not a byline'],
      ['export: category uncategorized', 'WordPress’s default category; it says nothing'],
      ['export: post 105', 'in the WordPress trash'],
      ['export: nav_menu_item 130', 'menu items are not imported; rebuild the menu in Imprint'],
    ].map(([item, reason]) => [item?.replace('export', 'maritime-matters.wordpress.xml'), reason]));
    expect(await counts()).toEqual(before);
  });

  it('resumes an interrupted import without duplicates', async () => {
    // Items run in order: the series, 3 authors, 8 terms, 2 attachments, 3 pages, 4 posts, then the skipped; stop before the second page.
    let ticks = 0;
    const failing = { start: () => undefined, stop: () => undefined, tick: () => { if (++ticks === 16) throw new Error('interrupted'); } };
    await expect(importWxr(systemContext(env), { file: FILE }, failing)).rejects.toThrow('interrupted');
    const partial = await counts();
    expect(partial.publications).toBe(0);
    expect(partial.pages).toBe(1);
    const report = await importWxr(systemContext(env), { file: FILE });
    expect(countOutcomes(report).failed).toBe(0);
    const after = await counts();
    expect(after.publications).toBe(4);
    expect(after.pages).toBe(3);
  });

  it('makes publications of posts, with series, authors, terms, dates, slugs, drafts and footnotes', async () => {
    const posts = await env.store.publications.list({ limit: 10, offset: 0, sort: 'date_asc' });
    expect(posts.items.map((p) => [p.title, p.status, p.slug])).toEqual([
      ['Coast Guards and the Grey Zone', 'published', 'coast-guards-and-the-grey-zone'],
      ['Counting Fish: Why Catch Data Matter for Ocean Governance', 'published', 'counting-fish'],
      // Private in WordPress: kept, but as a draft nobody outside sees.
      ['Notes for the Board: Fisheries Dialogue Budget', 'draft', 'notes-for-the-board'],
      ['Port State Measures: A Primer', 'draft', 'port-state-measures-a-primer'],
    ]);
    const draft = await env.store.publications.findById(posts.items[3]?.id ?? '');
    // A draft never published has no GMT date; the local date stands.
    expect(draft).toMatchObject({ date: '2024-05-06', publishedAt: null, code: null });
    const [first, second] = await Promise.all(posts.items.slice(0, 2).map((p) => env.store.publications.findById(p.id)));
    const seriesOf = async (id: string | undefined) => (await env.store.series.findById(id ?? ''))?.slug;
    expect(await seriesOf(first?.seriesId)).toBe('rsis-commentary-series');
    // Published into a numbered series, it gets the series' next code, as a post published by hand would.
    expect(first?.code).toBe('CO24001');
    expect(await seriesOf(second?.seriesId)).toBe('articles');
    expect(first).toMatchObject({ date: '2024-03-19', publishedAt: '2024-03-19T02:00:00.000Z' });
    expect(first?.authors.map((a) => a.personSlug)).toEqual(['marcus-oei-zhi-wei']);
    expect(second?.authors.map((a) => a.name)).toEqual(['Hannah Lim']);
    expect((await env.store.people.findBySlug('hannah-lim'))?.honorific).toBe('Dr');
    const terms = await Promise.all((first?.termIds ?? []).map((id) => env.store.taxonomies.findTermById(id)));
    expect(terms.map((t) => [t?.name, t?.needsReview]).sort()).toEqual([
      ['Coast Guards', true], ['Maritime Security', false], ['South China Sea', true], ['Southeast Asia and ASEAN', false],
    ]);
    expect(first?.synopsis).toBe('Coast guards let states press maritime claims without the stigma of naval force. That advantage disappears when they start to look like navies.');
    expect(first?.body).toContain('useful in the _grey zone_ between peace and conflict.[^1]');
    expect(first?.body).toContain('[^2]: Several coast guards now sit under defence ministries.');
    expect(first?.body).toContain('```figure\nsrc: https://maritime.example-institute.org/wp-content/uploads/2024/03/coast-guard-vessel.jpg\nalt: A white-hulled coast guard cutter at sea\ncaption: A coast guard cutter on patrol in the South China Sea.\ncredit: Photo: Regional Coast Guard.\n```');
    expect(first?.body).toContain('- a hotline between coast guard headquarters;');
    expect(first?.bodyHtml).toContain('<section data-footnotes');
    expect(second?.body).toContain('much of the catch is unreported.[^1]');
    expect(second?.body).toContain('[^1]: Food and Agriculture Organization, _The State of World Fisheries and Aquaculture 2024_ (Rome: FAO, 2024).');
    expect(second?.body).toContain('| Estimate | Share of total catch |');
    expect(second?.body).not.toContain('wp:');
    expect(second?.body).toContain('1. Register every vessel above twelve metres.');
    expect(second?.date).toBe('2024-04-02');
  });

  it('makes the page tree from pages, and every old permalink redirects', async () => {
    const pages = (await env.store.pages.list()).map((p) => [p.path, p.title]).sort();
    expect(pages).toEqual([['/about-the-programme', 'About the Programme'], ['/about-the-programme/our-team', 'Our Team'], ['/research-page', 'Research Areas']]);
    const ctx = env.context(null);
    expect(await findRedirect(ctx, { path: `${SITE}/2024/03/19/coast-guards-and-the-grey-zone/` })).toBe('/publications/rsis-commentary-series/co24001-coast-guards-and-the-grey-zone');
    expect(await findRedirect(ctx, { path: `${SITE}/2024/04/02/counting-fish/` })).toBe('/publications/articles/counting-fish');
    // Through the public site, as a visitor following an old link would.
    const { app } = createApp(env);
    for (const [old, target] of [
      ['/2024/03/19/coast-guards-and-the-grey-zone/', '/publications/rsis-commentary-series/co24001-coast-guards-and-the-grey-zone'],
      ['/about-the-programme/our-team/', '/about-the-programme/our-team'],
      ['/research-page/', '/research-page'],
    ] as const) {
      const response = await app.request(old);
      expect(response.status, old).toBe(301);
      expect(new URL(response.headers.get('location') ?? '', 'https://imprint.test').pathname, old).toBe(target);
    }
    const research = (await env.store.pages.list()).find((p) => p.path === '/research-page');
    expect(research?.body).toContain('[^1]: The areas were set by the programme');
    expect(research?.body).toContain('### 1. Naval affairs');
  });

  it('records attachments with their metadata, without fetching them', async () => {
    const records = await env.store.importItems.list('wxr', 'attachment');
    expect(records.map((r) => r.data)).toEqual([
      expect.objectContaining({ wordpressId: 201, alt: 'A white-hulled coast guard cutter at sea', caption: 'A coast guard cutter on patrol in the South China Sea. Photo: Regional Coast Guard.', width: 1200, height: 800, parentKey: '#post-101' }),
      expect.objectContaining({ wordpressId: 202, url: `${SITE}/wp-content/uploads/2024/04/catch-reporting-report.pdf`, mimeType: 'application/pdf' }),
    ]);
  });

  it('changes nothing when run a second time', async () => {
    const before = await counts();
    const revisions = (await env.store.publications.list({ limit: 10, offset: 0 })).items.map((p) => p.revision);
    const report = await importWxr(systemContext(env), { file: FILE });
    expect(countOutcomes(report)).toMatchObject({ created: 0, updated: 0, failed: 0 });
    expect(await counts()).toEqual(before);
    expect((await env.store.publications.list({ limit: 10, offset: 0 })).items.map((p) => p.revision)).toEqual(revisions);
  });
});

describe('imprint import wxr', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-wxr-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 2 naming the file and line of malformed XML, and an unknown --series', async () => {
    process.env.IMPRINT_LOG_LEVEL = 'silent';
    const broken = join(dir, 'broken.xml');
    writeFileSync(broken, XML.replace('</wp:author_login>', ''));
    let err = '';
    const io = { stdout: () => undefined, stderr: (t: string) => { err += t; } };
    expect(await runCli(['import', 'wxr', broken, '--data-dir', dir], runtime, io)).toBe(2);
    expect(err).toMatch(/broken\.xml:\d+:\d+: malformed XML: closing tag <\/wp:author> does not match <wp:author_login>/);
    err = '';
    expect(await runCli(['import', 'wxr', FILE, '--series', 'nope', '--data-dir', dir], runtime, io)).toBe(2);
    expect(err).toContain('--series: no series "nope"');
  });

  it('--dry-run prints the summary and writes nothing; the real run then does what it said', async () => {
    process.env.IMPRINT_LOG_LEVEL = 'silent';
    // A fresh site: no vocabularies, so categories and tags are skipped, the rest comes in.
    const data = join(dir, 'site');
    let out = '';
    const io = { stdout: (t: string) => { out += t; }, stderr: (t: string) => { out += t; } };
    const created = () => Number(/created\s+(\d+)/.exec(out)?.[1]);
    expect(await runCli(['import', 'wxr', FILE, '--dry-run', '--data-dir', data], runtime, io), out).toBe(0);
    expect(out).toContain('Dry run: nothing was written.');
    expect(out).toContain('the site has no vocabulary to put it in (7)');
    const wouldCreate = created();
    expect(wouldCreate).toBe(12);
    out = '';
    expect(await runCli(['import', 'wxr', FILE, '--data-dir', data], runtime, io), out).toBe(0);
    // Had the dry run written anything, the real run would find it and create less.
    expect(created()).toBe(wouldCreate);
    expect(out).toContain('in the WordPress trash (1)');
  });
});
