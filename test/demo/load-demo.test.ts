import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPublication } from '../../src/actions/get-publication.js';
import { getSiteChrome } from '../../src/actions/get-site-chrome.js';
import { listDirectory } from '../../src/actions/list-directory.js';
import { listPeople } from '../../src/actions/list-people.js';
import { listPublications } from '../../src/actions/list-publications.js';
import { listResearchUnits } from '../../src/actions/list-research-units.js';
import { listSeries } from '../../src/actions/list-series.js';
import { listTerms } from '../../src/actions/list-terms.js';
import { saveSeries } from '../../src/actions/save-series.js';
import { loadDemoContent, type DemoReport } from '../../src/demo/load-demo.js';
import { listFigures, parseMarkdown } from '../../src/render/markdown/parse-markdown.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { systemContext } from '../support/seed.js';
import { publicationContent, snapshotContent } from './demo-snapshot.js';

describe.each(DIALECTS)('loading the demo institute on %s', (dialect) => {
  let env: TestEnv;
  let filesDir: string;
  let report: DemoReport;
  beforeAll(async () => {
    env = await openTestEnv(dialect);
    filesDir = join(env.databaseLocation.dataDir, 'files');
    report = await loadDemoContent(systemContext(env), { filesDir });
  });
  afterAll(async () => env.close());

  it('fills the empty database, and the report counts what the read actions find', async () => {
    const ctx = systemContext(env);
    const [series, people, directory, terms, research, chrome, publications, pages] = await Promise.all([
      listSeries(ctx), listPeople(ctx), listDirectory(ctx), listTerms(ctx), listResearchUnits(ctx), getSiteChrome(ctx),
      listPublications(ctx, {}), env.store.pages.list(),
    ]);
    const units = research.centres.length + research.programmes.length + research.other.length;
    const countItems = (items: { children: unknown[] }[]): number =>
      items.reduce((n, item) => n + 1 + countItems(item.children as { children: unknown[] }[]), 0);
    expect(report).toEqual({
      series: series.length,
      units,
      taxonomies: terms.length,
      terms: terms.reduce((n, t) => n + t.terms.length, 0),
      groups: directory.reference.groups.length,
      people: people.length,
      pages: pages.length,
      menuItems: countItems(chrome.mainMenu) + countItems(chrome.footerMenu),
      publications: publications.total,
      images: 2,
    });
    expect(report).toMatchObject({ series: 20, groups: 9, taxonomies: 2 });
    expect(report.publications).toBeGreaterThanOrEqual(41);
    expect(report.people).toBeGreaterThanOrEqual(16);
    expect(chrome.settings).toMatchObject({
      name: 'S. Rajaratnam School of International Studies',
      shortName: 'RSIS',
      tagline: 'Think Tank and Graduate School · Ponder The Improbable Since 1966',
      parentOrganisation: 'Nanyang Technological University',
      addressLines: ['Nanyang Technological University', 'Block S4, Level B3', '50 Nanyang Avenue', 'Singapore 639798'],
      copyrightHolder: 'S. Rajaratnam School of International Studies',
    });
    expect(chrome.settings.socialLinks.map((l) => l.label))
      .toEqual(['rsis.ntu', 'rsis_ntu', 'rsisntu', 'rsisvideocast', 'school/rsis-ntu', 'rsis.sg', 'rsissg', 'RSIS']);
    expect(chrome.settings.legalLinks.map((l) => l.label)).toEqual(['Privacy Statement', 'Terms of Use']);
  });

  it('writes every figure the bodies show as a 1200-pixel-wide JPEG under the files directory', async () => {
    const ctx = systemContext(env);
    const { items } = await listPublications(ctx, { pageSize: 100 });
    const sources = new Set<string>();
    for (const item of items) {
      const { body } = await getPublication(ctx, { id: item.id });
      for (const figure of listFigures(parseMarkdown(body))) sources.add(figure.src);
    }
    expect([...sources].sort()).toEqual(['/files/demo/ip24112-figure.jpg', '/files/demo/sea-lanes-figure.jpg']);
    for (const src of sources) {
      const meta = await sharp(readFileSync(join(filesDir, src.replace(/^\/files\//, '')))).metadata();
      expect(meta).toMatchObject({ format: 'jpeg', width: 1200 });
    }
  });

  it('refuses a second load with a clear message and changes nothing, not even the files', async () => {
    const ctx = systemContext(env);
    const before = await snapshotContent(ctx, env.store);
    rmSync(filesDir, { recursive: true, force: true });
    const attempt = loadDemoContent(ctx, { filesDir });
    await expect(attempt).rejects.toMatchObject({ code: 'conflict' });
    await expect(attempt).rejects.toThrow(/already holds content.*only fills an empty database/);
    expect(await snapshotContent(ctx, env.store)).toEqual(before);
    expect(existsSync(filesDir)).toBe(false);
  });

  it('refuses a database holding only a series', async () => {
    const other = await openTestEnv(dialect);
    try {
      const ctx = systemContext(other);
      await saveSeries(ctx, { slug: 'papers', name: 'Papers' });
      await expect(loadDemoContent(ctx, { filesDir: join(other.databaseLocation.dataDir, 'files') }))
        .rejects.toMatchObject({ code: 'conflict' });
      expect((await listSeries(ctx)).map((s) => s.slug)).toEqual(['papers']);
      expect((await getSiteChrome(ctx)).mainMenu).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('is the same institute on every load', async () => {
    const other = await openTestEnv(dialect);
    try {
      await loadDemoContent(systemContext(other), { filesDir: join(other.databaseLocation.dataDir, 'files') });
      expect(await publicationContent(systemContext(other))).toEqual(await publicationContent(systemContext(env)));
    } finally {
      await other.close();
    }
  });
});
