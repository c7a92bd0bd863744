import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRedirect } from '../../src/actions/find-redirect.js';
import { getPublicationPage, type PublicationPageData } from '../../src/actions/get-publication-page.js';
import { loadDemoContent } from '../../src/demo/load-demo.js';
import { formatDate } from '../../src/domain/publication-date.js';
import { markdownToText } from '../../src/render/markdown/markdown-to-text.js';
import { listFigures, parseMarkdown } from '../../src/render/markdown/parse-markdown.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { systemContext } from '../support/seed.js';

/**
 * What the institute's own page says about IP24112, read from the flattened
 * page in test/fixtures. The article is printed twice there; this reads the
 * first copy, from its SYNOPSIS label to the author bio and Categories line.
 */
function readFixture() {
  const text = readFileSync(join(import.meta.dirname, '../fixtures/rsis-ip24112-page.txt'), 'utf8');
  // Trim ordinary and no-break spaces: the page indents every line, and one paragraph starts with U+00A0.
  const lines = text.split('\n').map((line) => line.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, ''));
  // The breadcrumb prints "• CODE | Title"; the heading of the article prints it bare, followed by the author line.
  const h1 = lines.findIndex((line) => /^[A-Z]{2}\d{5} \| /.test(line));
  if (h1 < 0) throw new Error('no "CODE | Title" heading in the fixture');
  const [code, title] = (lines[h1] ?? '').split(' | ') as [string, string];
  const author = lines[h1 + 1] ?? '';
  const date = lines.slice(h1).find((line) => /^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(line)) ?? '';

  const synopsisLabel = lines.indexOf('SYNOPSIS');
  const commentaryLabel = lines.indexOf('COMMENTARY', synopsisLabel);
  const bioIndex = lines.findIndex((line, i) => i > commentaryLabel && line.startsWith(`${author} is `));
  const synopsis = lines.slice(synopsisLabel + 1, commentaryLabel).filter(Boolean).join(' ');
  const bodyLines = lines.slice(commentaryLabel + 1, bioIndex).filter(Boolean);
  // The figure is printed twice: alt text glued to the credit, then caption and credit spaced. Keep the second.
  const figureLines = bodyLines.filter((line) => line.includes('Image from '));
  const figureLine = figureLines[figureLines.length - 1] ?? '';
  const creditAt = figureLine.indexOf(' Image from ');
  const figure = { caption: figureLine.slice(0, creditAt), credit: figureLine.slice(creditAt + 1) };
  const blocks = bodyLines.filter((line) => !line.includes('Image from ') || line === figureLine);
  // Subheadings are the lines that do not end a sentence.
  const isHeading = (line: string) => line !== figureLine && !/[.?!”"]$/.test(line);
  const categories = (lines.find((line, i) => i > bioIndex && line.startsWith('Categories: ')) ?? '')
    .replace('Categories: ', '').split(' / ');
  return {
    code, title, author, date, synopsis, figure, blocks,
    headings: blocks.filter(isHeading),
    paragraphs: blocks.filter((line) => line !== figureLine && !isHeading(line)),
    bio: lines[bioIndex] ?? '',
    seriesName: categories[0] ?? '',
    termNames: categories.slice(1),
  };
}

const fixture = readFixture();

describe('the fixture extraction', () => {
  it('finds the parts of the article', () => {
    expect(fixture).toMatchObject({ code: 'IP24112', author: 'Sarah Soh', date: '30 December 2024', seriesName: 'IDSS Papers' });
    expect(fixture.headings).toEqual([
      'Relations with the United States', 'Relations with China', 'Relations with South Korea, North Korea, and Russia', 'Conclusion',
    ]);
    expect(fixture.paragraphs).toHaveLength(10);
    expect(fixture.termNames).toHaveLength(6);
  });
});

describe.each(DIALECTS)('IP24112 in the demo on %s', (dialect) => {
  let env: TestEnv;
  let page: PublicationPageData;
  beforeAll(async () => {
    env = await openTestEnv(dialect);
    const ctx = systemContext(env);
    await loadDemoContent(ctx, { filesDir: join(env.databaseLocation.dataDir, 'files') });
    const found = await getPublicationPage(env.context(null), {
      seriesSlug: 'idss-papers', handle: 'ip24112-japans-foreign-policy-outlook-in-2025',
    });
    if (found.kind !== 'found') throw new Error('IP24112 is not at its canonical address');
    page = found.data;
  });
  afterAll(async () => env.close());

  it('has the title, code, date, series, author and bio of the institute’s page', () => {
    const { publication } = page;
    expect(publication.title).toBe(fixture.title);
    expect(publication.code).toBe(fixture.code);
    expect(formatDate(publication.date)).toBe(fixture.date);
    expect(page.series.name).toBe(fixture.seriesName);
    expect(publication.authors).toEqual([{ personId: page.people[0]?.id, personSlug: 'sarah-soh', name: fixture.author }]);
    expect(page.people[0]?.rank).toBe('Associate Research Fellow');
    expect(publication.bio).toBe(fixture.bio);
    expect(publication.status).toBe('published');
    expect(publication.publishedAt?.slice(0, 10)).toBe('2024-12-30');
    expect(publication.isFeatured).toBe(true);
  });

  it('has the synopsis, every heading and every paragraph, verbatim and in order', () => {
    const { publication } = page;
    expect(publication.synopsis).toBe(fixture.synopsis);
    for (const heading of fixture.headings) expect(publication.body).toContain(`\n## ${heading}\n`);
    for (const paragraph of fixture.paragraphs) expect(publication.body).toContain(paragraph);
    // The plain text of the body is the page's text block for block; the figure reads "caption credit".
    expect(markdownToText(publication.body).split('\n\n')).toEqual(fixture.blocks);
  });

  it('places the figure, with caption and credit, where the page has it', () => {
    const tree = parseMarkdown(page.publication.body);
    const [figure, ...others] = listFigures(tree);
    expect(others).toEqual([]);
    expect(figure).toMatchObject({
      src: '/files/demo/ip24112-figure.jpg', captionText: fixture.figure.caption, credit: fixture.figure.credit,
    });
    expect(figure?.alt.length).toBeGreaterThan(20);
    const index = tree.children.findIndex((node) => node.type === 'figure');
    const before = tree.children[index - 1];
    const after = tree.children[index + 1];
    // The text comparison above fixes the figure's place among the blocks; here, what kind of node surrounds it.
    expect(before?.type).toBe('paragraph');
    expect(after).toMatchObject({ type: 'heading', depth: 2, children: [{ value: 'Relations with South Korea, North Korea, and Russia' }] });
    expect(page.publication.bodyHtml).toContain('<figure');
    expect(page.publication.bodyHtml).toContain('/files/demo/ip24112-figure.jpg');
  });

  it('carries the Categories line as series, themes and regions, and the units of IDSS', () => {
    expect(page.terms.map((t) => t.name).sort()).toEqual([...fixture.termNames].sort());
    const taxonomyOf = new Map(page.reference.taxonomies.map((t) => [t.id, t.slug]));
    expect(page.terms.filter((t) => taxonomyOf.get(t.taxonomyId) === 'theme').map((t) => t.name).sort())
      .toEqual(['Country and Region Studies', 'International Politics and Security']);
    expect(page.units.map((u) => u.slug).sort()).toEqual(['idss', 'regional-security-architecture-programme']);
  });

  it('answers its old address with a redirect to the new one', async () => {
    const target = await findRedirect(env.context(null), {
      path: 'https://www.rsis.edu.sg/rsis-publication/idss/ip24112-japans-foreign-policy-outlook-in-2025/',
    });
    expect(target).toBe('/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025');
  });
});
