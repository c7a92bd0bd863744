import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRedirect } from '../../src/actions/find-redirect.js';
import { ip24112Publication } from '../../src/demo/data-fixture-publication.js';
import type { Publication } from '../../src/domain/publication.js';
import { importPages } from '../../src/import/pages/import-pages.js';
import { listFigures, parseMarkdown } from '../../src/render/markdown/parse-markdown.js';
import { systemContext } from '../support/seed.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { loadDemoVocabulary } from './support/demo-vocabulary.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/rsis-ip24112-page.txt');
const URL_MAP = join(import.meta.dirname, '../fixtures/import/fixture-urls.tsv');
const OPTIONS = { paths: [FIXTURE], urlMap: URL_MAP, publishTime: '10:00+08:00' };

/** The figure's picture is not in a text dump: compare the block without its src and alt lines. */
const withoutPicture = (markdown: string) => markdown.replace(/^src: .*$/m, 'src:').replace(/^alt: .*$/m, 'alt:');

describe.each(DIALECTS)('the fixture page imported into the demo institute’s vocabularies on %s', (dialect) => {
  let env: TestEnv;
  let publication: Publication;
  beforeAll(async () => {
    env = await openTestEnv(dialect);
    const ctx = systemContext(env);
    await loadDemoVocabulary(ctx);
    const report = await importPages(ctx, OPTIONS);
    expect(report.items.map((i) => i.outcome)).toEqual(['created']);
    const found = await env.store.publications.findByCode('IP24112');
    if (!found) throw new Error('IP24112 was not imported');
    publication = found;
  });
  afterAll(async () => env.close());

  it('has the demo’s title, code, slug, date, series, status and publication time', async () => {
    const series = await env.store.series.findById(publication.seriesId);
    expect(series?.slug).toBe(ip24112Publication.series);
    expect(publication).toMatchObject({
      code: ip24112Publication.code,
      title: ip24112Publication.title,
      slug: ip24112Publication.slug,
      date: ip24112Publication.date,
      datePrecision: 'day',
      status: 'published',
      publishedAt: ip24112Publication.publishedAt,
    });
  });

  it('links the author to the demo’s profile and carries the bio and synopsis verbatim', () => {
    expect(publication.authors.map((a) => a.personSlug)).toEqual(ip24112Publication.authors.map((a) => a.person));
    expect(publication.synopsis).toBe(ip24112Publication.synopsis);
    expect(publication.bio).toBe(ip24112Publication.bio);
  });

  it('has the demo’s body Markdown: every heading, paragraph and the figure block in place', () => {
    expect(withoutPicture(publication.body)).toBe(withoutPicture(ip24112Publication.body));
    const [imported] = listFigures(parseMarkdown(publication.body));
    const [demo] = listFigures(parseMarkdown(ip24112Publication.body));
    expect(imported).toMatchObject({ captionText: demo?.captionText, credit: demo?.credit, src: '' });
    // The page's alt text is its caption; the picture itself is not in the dump.
    expect(imported?.alt).toBe(demo?.captionText);
  });

  it('splits the Categories line into the demo’s themes and regions, and takes the units from the bio', async () => {
    const terms = await Promise.all(publication.termIds.map((id) => env.store.taxonomies.findTermById(id)));
    const taxonomies = new Map((await env.store.taxonomies.listTaxonomies()).map((t) => [t.id, t.slug]));
    expect(terms.map((t) => `${taxonomies.get(t?.taxonomyId ?? '')}:${t?.slug}`).sort()).toEqual([...ip24112Publication.terms].sort());
    expect(terms.every((t) => t?.needsReview === false)).toBe(true);
    const units = await Promise.all(publication.unitIds.map((id) => env.store.units.findById(id)));
    expect(units.map((u) => u?.slug).sort()).toEqual([...ip24112Publication.units].sort());
  });

  it('keeps the page’s address as a legacy URL that redirects to the new page', async () => {
    expect(publication.legacyUrls).toEqual(['/rsis-publication/idss/ip24112-japans-foreign-policy-outlook-in-2025']);
    expect(await findRedirect(env.context(null), { path: ip24112Publication.legacyUrls[0] ?? '' }))
      .toBe('/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025');
  });

  it('changes nothing when imported again', async () => {
    const before = { people: (await env.store.people.list()).length, terms: (await env.store.taxonomies.listTerms()).length };
    const again = await importPages(systemContext(env), OPTIONS);
    expect(again.items.map((i) => [i.outcome, i.reason])).toEqual([['unchanged', 'imported before; the source has not changed']]);
    expect((await env.store.publications.findByCode('IP24112'))?.revision).toBe(publication.revision);
    expect({ people: (await env.store.people.list()).length, terms: (await env.store.taxonomies.listTerms()).length }).toEqual(before);
  });
});
