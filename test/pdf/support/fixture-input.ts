import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { figureMarkdown } from '../../../src/render/markdown/figure-node.js';
import type { PdfInput } from '../../../src/render/typst/pdf-input.js';

export const FIXTURE_FILE = resolve(import.meta.dirname, '../../fixtures/rsis-ip24112-page.txt');
export const FIGURE_SRC = '/files/demo/ip24112-figure.jpg';

export const FOOTNOTES = [
  'Ministry of Foreign Affairs of Japan, “Japan–U.S. Summit Telephone Talk”, 9 November 2024.',
  'Joint press statement on the Japan–China summit meeting, Lima, 15 November 2024.',
];

export interface FixturePublication {
  title: string;
  code: string;
  author: string;
  dateText: string;
  synopsis: string;
  headings: string[];
  paragraphs: string[];
  caption: string;
  credit: string;
  bio: string;
  categories: string[];
  body: string;
}

/**
 * IP24112 as the institute's page prints it, read from the page flattened to
 * text: the publication block runs from the "IP24112 | title" line to the
 * first "Categories:" line. Short lines without a full stop are section
 * headings; the line naming the image credit is the figure; two footnotes are
 * added to show the page foot.
 */
export function readFixturePublication(): FixturePublication {
  const lines = readFileSync(FIXTURE_FILE, 'utf8').split('\n').map((line) => line.trim());
  // The publication starts at the last "CODE | title" line before the first SYNOPSIS.
  const firstSynopsis = lines.indexOf('SYNOPSIS');
  const start = lines.slice(0, firstSynopsis).findLastIndex((line) => /^[A-Z]{2}\d{5} \| /.test(line));
  const block = lines.slice(start);
  const end = block.findIndex((line) => line.startsWith('Categories:'));
  const publication = block.slice(0, end + 1).filter((line) => line !== '' && line !== 'download pdf');
  const [heading, author, dateText] = publication;
  const [code, title] = (heading ?? '').split(' | ');
  const synopsisAt = publication.indexOf('SYNOPSIS');
  const commentaryAt = publication.indexOf('COMMENTARY');
  const synopsis = publication.slice(synopsisAt + 1, commentaryAt).join(' ');
  const rest = publication.slice(commentaryAt + 1);
  const bioAt = rest.findIndex((line) => line.startsWith(`${author} is `));
  const bio = rest[bioAt] ?? '';
  const categories = (rest[bioAt + 1] ?? '').replace(/^Categories:\s*/, '').split(' / ');

  const headings: string[] = [];
  const paragraphs: string[] = [];
  const parts: string[] = [];
  let caption = '';
  let credit = '';
  for (const line of rest.slice(0, bioAt)) {
    if (line.includes('Image from')) {
      if (caption) continue; // the page prints the caption twice (image title and figcaption)
      const at = line.indexOf('Image from');
      caption = line.slice(0, at).trim();
      credit = line.slice(at).trim();
      parts.push(figureMarkdown({ src: FIGURE_SRC, alt: 'Leaders of partner states at a summit', caption, credit }));
    } else if (line.length < 80 && !/[.?!]$/.test(line)) {
      headings.push(line);
      parts.push(`## ${line}`);
    } else {
      paragraphs.push(line);
      parts.push(line);
    }
  }
  // Footnote references after the first paragraph of two sections.
  const usAt = parts.indexOf('## Relations with the United States') + 1;
  const chinaAt = parts.indexOf('## Relations with China') + 1;
  parts[usAt] = `${parts[usAt]}[^us-call]`;
  parts[chinaAt] = `${parts[chinaAt]}[^china-summit]`;
  parts.push(`[^us-call]: ${FOOTNOTES[0]}`, `[^china-summit]: ${FOOTNOTES[1]}`);

  return {
    title: title ?? '', code: code ?? '', author: author ?? '', dateText: dateText ?? '', synopsis,
    headings, paragraphs, caption, credit, bio, categories, body: parts.join('\n\n'),
  };
}

export function fixturePdfInput(figurePath: string | null, overrides: Partial<PdfInput> = {}): PdfInput {
  const fixture = readFixturePublication();
  const [series, ...rest] = fixture.categories;
  const regions = rest.filter((term) => /Asia|Global|Ocean/.test(term));
  const themes = rest.filter((term) => !regions.includes(term));
  return {
    title: fixture.title,
    seriesName: series ?? 'IDSS Papers',
    code: fixture.code,
    authors: [fixture.author],
    dateText: fixture.dateText,
    date: '2024-12-30',
    synopsis: fixture.synopsis,
    bodyMarkdown: fixture.body,
    bioMarkdown: fixture.bio,
    categories: [
      { label: 'Series', terms: [series ?? 'IDSS Papers'] },
      { label: 'Themes', terms: themes },
      { label: 'Regions', terms: regions },
    ],
    canonicalUrl: 'https://www.rsis.edu.sg/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025',
    institute: {
      name: 'S. Rajaratnam School of International Studies',
      tagline: 'Nanyang Technological University, Singapore',
      accentColor: '#7a1a2e',
      logoPath: null,
    },
    resolveMedia: (src) => (src === FIGURE_SRC ? figurePath : null),
    ...overrides,
  };
}
