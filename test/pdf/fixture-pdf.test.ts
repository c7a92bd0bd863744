import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPublicationPdf, type RenderedPdf } from '../../src/render/typst/render-publication-pdf.js';
import { FOOTNOTES, fixturePdfInput, readFixturePublication } from './support/fixture-input.js';
import { writeSampleImage } from './support/sample-image.js';
import { lettersOf, pdfFonts, pdfImageCount, pdfInfo, pdfToText } from './support/poppler.js';

/** IP24112, the institute's own commentary, as the PDF a reader downloads. */
describe('the PDF of the fixture publication (IP24112)', () => {
  const fixture = readFixturePublication();
  let dir: string;
  let rendered: RenderedPdf;
  let text: string;
  let letters: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'imprint-pdf-fixture-'));
    const figure = await writeSampleImage(dir, 'ip24112-figure.jpg');
    const logo = await writeSampleImage(dir, 'logo.png', { width: 240, height: 120, hue: 0 });
    rendered = await renderPublicationPdf(fixturePdfInput(figure, {
      institute: { ...fixturePdfInput(null).institute, logoPath: logo },
    }));
    text = pdfToText(rendered.pdf);
    letters = lettersOf(text);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the publication from the fixture page', () => {
    expect(fixture.title).toBe('Japan’s Foreign Policy Outlook in 2025');
    expect(fixture.headings).toEqual([
      'Relations with the United States',
      'Relations with China',
      'Relations with South Korea, North Korea, and Russia',
      'Conclusion',
    ]);
    expect(fixture.paragraphs).toHaveLength(10);
  });

  it('prints the title, code, series, author and date on the first page', () => {
    const firstPage = pdfToText(rendered.pdf).split('\f')[0] ?? '';
    for (const expected of [fixture.title, 'IP24112', 'IDSS PAPERS', 'Sarah Soh', '30 December 2024', 'S. Rajaratnam School of International Studies', 'SYNOPSIS', 'COMMENTARY']) {
      expect(lettersOf(firstPage)).toContain(lettersOf(expected));
    }
  });

  it('prints the synopsis, every section heading and every paragraph', () => {
    expect(letters).toContain(lettersOf(fixture.synopsis));
    for (const heading of fixture.headings) expect(text).toContain(heading);
    // A paragraph may run across a page break, and a floated figure or the
    // page's footnotes may sit between its halves: read the text without them.
    let running = letters;
    const furniture = [
      ...Array.from({ length: rendered.pageCount }, (_, i) => `Page ${i + 1} of ${rendered.pageCount}`),
      'Copyright © S. Rajaratnam School of International Studies',
      'https://www.rsis.edu.sg/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025',
      `IDSS Papers · IP24112 ${fixture.title}`,
      `${fixture.caption} ${fixture.credit}`,
      ...FOOTNOTES,
    ];
    for (const part of furniture) running = running.split(lettersOf(part)).join('');
    // Footnote numbers (in the text and beside the notes) go too.
    const withoutDigits = (value: string): string => value.replace(/\d+/g, '');
    for (const paragraph of fixture.paragraphs) expect(withoutDigits(running)).toContain(withoutDigits(lettersOf(paragraph)));
  });

  it('prints the figure with its caption and credit, and embeds the image and the logo', () => {
    expect(letters).toContain(lettersOf(fixture.caption));
    expect(letters).toContain(lettersOf('Image from Prime Minister’s Office of Japan via Wikimedia Commons.'));
    expect(pdfImageCount(rendered.pdf)).toBe(2);
  });

  it('sets both footnotes at the page foot, numbered', () => {
    for (const note of FOOTNOTES) expect(letters).toContain(lettersOf(note));
    const pages = text.split('\f');
    const pageOf = (note: string): number => pages.findIndex((page) => lettersOf(page).includes(lettersOf(note)));
    // Each note sits on the page of the paragraph that cites it, after that paragraph's text.
    const usParagraph = fixture.paragraphs[2] ?? '';
    expect(pageOf(FOOTNOTES[0] ?? '')).toBe(pages.findIndex((page) => lettersOf(page).includes(lettersOf(usParagraph.slice(-60)))));
    const laidOut = pdfToText(rendered.pdf, true);
    expect(laidOut).toMatch(/^\s*1\s+Ministry of Foreign Affairs of Japan/m);
    expect(laidOut).toMatch(/^\s*2\s+Joint press statement/m);
  });

  it('ends with the bio and the categories', () => {
    expect(letters).toContain(lettersOf(fixture.bio));
    expect(text).toContain('ABOUT THE AUTHOR');
    for (const term of fixture.categories) expect(text).toContain(term);
    const lastPage = lettersOf(text.split('\f').filter((page) => page.trim() !== '').at(-1) ?? '');
    expect(lastPage).toContain(lettersOf(fixture.bio));
  });

  it('prints the copyright, canonical URL and "Page n of N" on every page', () => {
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages).toHaveLength(rendered.pageCount);
    pages.forEach((page, index) => {
      expect(page).toContain('Copyright © S. Rajaratnam School of International Studies');
      expect(page).toContain('https://www.rsis.edu.sg/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025');
      expect(page).toContain(`Page ${index + 1} of ${rendered.pageCount}`);
    });
  });

  it('carries title, author, subject and keywords as PDF metadata', () => {
    const info = pdfInfo(rendered.pdf);
    expect(info.Title).toBe(fixture.title);
    expect(info.Author).toBe('Sarah Soh');
    expect(info.Subject).toBe(fixture.synopsis);
    expect(info.Keywords).toContain('International Politics and Security');
    expect(info.Keywords).toContain('East Asia and Asia Pacific');
    expect(info['Page size']).toContain('A4');
    expect(info.CreationDate).toContain('2024');
  });

  it('embeds only the house fonts, subsetted', () => {
    const fonts = pdfFonts(rendered.pdf);
    expect(fonts.length).toBeGreaterThan(2);
    for (const font of fonts) {
      expect(font.isEmbedded).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+(CharisSIL|Inter|JetBrainsMono)/);
    }
  });

  it('returns the text for the search index and a content hash', () => {
    expect(lettersOf(rendered.text)).toContain(lettersOf(fixture.paragraphs[5] ?? ''));
    expect(rendered.text).toContain(FOOTNOTES[1]);
    expect(rendered.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
