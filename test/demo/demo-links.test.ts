import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionContext } from '../../src/actions/action-context.js';
import { createPublication } from '../../src/actions/create-publication.js';
import { getPage } from '../../src/actions/get-page.js';
import { getPublication } from '../../src/actions/get-publication.js';
import { getSiteChrome } from '../../src/actions/get-site-chrome.js';
import { getTaxonomyIndex, getTermPage } from '../../src/actions/get-term-page.js';
import { getUnitPage } from '../../src/actions/get-unit-page.js';
import { listDirectory } from '../../src/actions/list-directory.js';
import { listPublications } from '../../src/actions/list-publications.js';
import { listResearchUnits } from '../../src/actions/list-research-units.js';
import { listSeries } from '../../src/actions/list-series.js';
import { listTerms } from '../../src/actions/list-terms.js';
import { publishPublication } from '../../src/actions/publish-publication.js';
import { loadDemoContent } from '../../src/demo/load-demo.js';
import type { MenuNode } from '../../src/domain/menu.js';
import type { PublicationSummary } from '../../src/domain/publication.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { systemContext } from '../support/seed.js';

/** Resolve an internal URL through the read action the site would call for it; throws when nothing is there. */
async function resolveLink(ctx: ActionContext, url: string): Promise<string> {
  const parts = url.split('/').filter(Boolean);
  if (url === '/publications') return `${(await listPublications(ctx, {})).total} publications`;
  if (parts[0] === 'publications' && parts.length === 2) {
    const { total } = await listPublications(ctx, { series: parts[1] ?? '' });
    if (total === 0) throw new Error(`${url}: the series is empty`);
    return `series with ${total} items`;
  }
  if (parts[0] === 'people' && parts[1] === 'groups' && parts.length === 3) {
    return `group ${(await listDirectory(ctx, { groupSlug: parts[2] ?? '' })).group?.name}`;
  }
  if (url === '/research') {
    const index = await listResearchUnits(ctx);
    if (index.centres.length === 0) throw new Error('no research centres');
    return 'research index';
  }
  if (parts[0] === 'research' && parts.length === 2) return `unit ${(await getUnitPage(ctx, { slug: parts[1] ?? '' })).unit.name}`;
  if ((parts[0] === 'themes' || parts[0] === 'regions') && parts.length <= 2) {
    if (parts.length === 1) return `taxonomy ${(await getTaxonomyIndex(ctx, { taxonomyPath: parts[0] })).taxonomy.name}`;
    return `term ${(await getTermPage(ctx, { taxonomyPath: parts[0], termSlug: parts[1] ?? '' })).term.name}`;
  }
  if (/^[a-z]+:/.test(url)) throw new Error(`${url} leaves the site`);
  return `page ${(await getPage(ctx, { path: url })).page.title}`;
}

function flatten(items: MenuNode[]): MenuNode[] {
  return items.flatMap((item) => [item, ...flatten(item.children)]);
}

/**
 * The rows of one mega-menu panel as the fixture prints them, glued without
 * separators: consecutive plain links make one row, a column its heading
 * followed by its links.
 */
function gluedRows(item: MenuNode): string[] {
  const rows: string[] = [];
  let loose = '';
  for (const child of item.children) {
    if (child.url === null) {
      if (loose) rows.push(loose);
      loose = '';
      rows.push(child.label + child.children.map((c) => c.label).join(''));
    } else {
      loose += child.label;
    }
  }
  if (loose) rows.push(loose);
  return rows;
}

/** The fixture's header menu: "• Section" lines, each followed by its glued rows. */
function fixtureMenu(): { label: string; rows: string[] }[] {
  const text = readFileSync(join(import.meta.dirname, '../fixtures/rsis-ip24112-page.txt'), 'utf8');
  const lines = text.split('\n').map((line) => line.trim());
  const start = lines.findIndex((line) => line === '• About RSIS');
  const end = lines.indexOf('• Connect with Us', start);
  const sections: { label: string; rows: string[] }[] = [];
  for (const line of lines.slice(start, end)) {
    if (line.startsWith('• ')) sections.push({ label: line.slice(2), rows: [] });
    else if (line) sections[sections.length - 1]?.rows.push(line);
  }
  return sections;
}

describe.each(DIALECTS)('links and listings of the demo on %s', (dialect) => {
  let env: TestEnv;
  let reader: ActionContext;
  beforeAll(async () => {
    env = await openTestEnv(dialect);
    await loadDemoContent(systemContext(env), { filesDir: join(env.databaseLocation.dataDir, 'files') });
    reader = env.context(null);
  });
  afterAll(async () => env.close());

  it('prints the mega-menu exactly as the institute’s header does', async () => {
    const { mainMenu } = await getSiteChrome(reader);
    expect(mainMenu.map((item) => ({ label: item.label, rows: gluedRows(item) }))).toEqual(fixtureMenu());
  });

  it('prints the footer’s popular links of the institute, without its intranet', async () => {
    const { footerMenu } = await getSiteChrome(reader);
    const text = readFileSync(join(import.meta.dirname, '../fixtures/rsis-ip24112-page.txt'), 'utf8').split('\n').map((l) => l.trim());
    const popular = text[text.indexOf('Popular Links') + 2];
    expect(footerMenu.map((item) => item.label).join('') + 'RSIS Intranet').toBe(popular);
  });

  it('points every menu link at something a reader can open', async () => {
    const { mainMenu, footerMenu, settings } = await getSiteChrome(reader);
    const items = flatten([...mainMenu, ...footerMenu]);
    const failures: string[] = [];
    for (const item of items) {
      if (item.url === null) {
        if (item.children.length === 0) failures.push(`${item.label}: a heading without links`);
        continue;
      }
      await resolveLink(reader, item.url).catch((error: Error) => failures.push(`${item.label} -> ${item.url}: ${error.message}`));
    }
    const settingsLinks = [settings.directionsUrl, settings.contactUrl, ...settings.legalLinks.map((l) => l.url)];
    for (const url of settingsLinks) {
      if (url) await resolveLink(reader, url).catch((error: Error) => failures.push(`settings -> ${url}: ${error.message}`));
    }
    expect(failures).toEqual([]);
    expect(items.filter((item) => item.url !== null).length).toBeGreaterThan(80);
  });

  it('points every internal link in pages and publications at something a reader can open', async () => {
    const links = new Set<string>();
    const collect = (markdown: string) => {
      for (const match of markdown.matchAll(/\]\((\/[^)\s]*)\)/g)) if (match[1]) links.add(match[1]);
    };
    for (const page of await env.store.pages.list()) collect(page.body);
    for (const item of (await listPublications(reader, { pageSize: 100 })).items) collect((await getPublication(reader, { id: item.id })).body);
    const failures: string[] = [];
    for (const url of links) {
      if (url.startsWith('/files/')) continue;
      await resolveLink(reader, url).catch((error: Error) => failures.push(`${url}: ${error.message}`));
    }
    expect(failures).toEqual([]);
    expect(links.size).toBeGreaterThan(15);
  });

  it('has enough publications for listings, pagination and term pages', async () => {
    const all: PublicationSummary[] = (await listPublications(reader, { pageSize: 100 })).items;
    const others = all.filter((p) => p.code !== 'IP24112');
    expect(others.length).toBeGreaterThanOrEqual(40);
    expect(new Set(others.map((p) => p.seriesId)).size).toBeGreaterThanOrEqual(5);
    const authors = new Set(others.flatMap((p) => p.authors.map((a) => a.name)));
    expect(authors.size).toBeGreaterThanOrEqual(10);
    expect(others.some((p) => p.authors.some((a) => a.personId === null))).toBe(true);
    expect(new Set(others.map((p) => p.date.slice(0, 4))).size).toBeGreaterThanOrEqual(10);
    expect(all.filter((p) => p.isFeatured).length).toBeGreaterThanOrEqual(2);

    const sizes = await Promise.all((await listSeries(reader)).map(async (s) => (await listPublications(reader, { series: s.slug })).total));
    expect(Math.max(...sizes)).toBeGreaterThan(20);
    const secondPage = await listPublications(reader, { series: 'rsis-commentary-series', page: 2, pageSize: 20 });
    expect(secondPage.items.length).toBeGreaterThan(0);

    for (const { taxonomy, terms } of await listTerms(reader)) {
      for (const term of terms) {
        const page = await getTermPage(reader, { taxonomyPath: taxonomy.path, termSlug: term.slug });
        expect(page.publications.total, `${taxonomy.path}/${term.slug}`).toBeGreaterThan(0);
      }
    }
  });

  it('numbers commentaries per year in date order', async () => {
    const { items } = await listPublications(reader, { series: 'rsis-commentary-series', pageSize: 100 });
    const ascending = [...items].reverse();
    for (const year of new Set(ascending.map((p) => p.date.slice(0, 4)))) {
      const codes = ascending.filter((p) => p.date.startsWith(year)).map((p) => p.code);
      expect(codes).toEqual(codes.map((_, i) => `CO${year.slice(2)}${String(i + 1).padStart(3, '0')}`));
    }
  });

  it('continues the IDSS Papers counter after the highest 2024 code', async () => {
    const ctx = systemContext(env);
    const { items } = await listPublications(ctx, { series: 'idss-papers', year: 2024, pageSize: 100 });
    const highest = Math.max(...items.map((p) => Number(p.code?.slice(4))));
    expect(highest).toBe(112);
    const draft = await createPublication(ctx, {
      series: 'idss-papers', title: 'A New Year’s Eve Paper', date: '2024-12-31', authors: [{ person: 'sarah-soh' }],
    });
    const published = await publishPublication(ctx, { id: draft.id });
    expect(published.code).toBe(`IP24${String(highest + 1).padStart(3, '0')}`);
  });
});
