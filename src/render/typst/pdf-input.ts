import { invalid, type FieldIssue } from '../../domain/errors.js';
import { parseStoredDate } from '../../domain/publication-date.js';
import { isHexColor } from './house-colors.js';

export interface PdfCategoryGroup {
  /** "Series", "Themes", "Regions". */
  label: string;
  terms: string[];
}

export interface PdfInstitute {
  name: string;
  /** A line under the name in the header band; optional. */
  tagline?: string;
  /** Who the footer's "Copyright ©" names; the institute's name when absent. */
  copyrightHolder?: string;
  /** `#rrggbb` or `#rgb`. */
  accentColor: string;
  /** A PNG, JPEG, GIF or WebP file on disk, or null for the name alone. */
  logoPath: string | null;
}

/**
 * Everything a publication's PDF is made from, as plain data: no store, no
 * domain objects, so the CLI, a job and a test can all build one.
 */
export interface PdfInput {
  title: string;
  seriesName: string;
  /** What the header band calls the series ("IDSS Papers"); the series' name when absent. */
  seriesLabel?: string;
  /** The code as printed ("IP24112", "No. 248"), or null when the series has none. */
  code: string | null;
  /** Author names in byline order. */
  authors: string[];
  /** The date as printed: "30 December 2024", "March 2015". */
  dateText: string;
  /** The stored date (`YYYY-MM-DD` or `YYYY-MM`) for the PDF's metadata, if known. */
  date?: string | null;
  /** Plain text; a blank line separates paragraphs. */
  synopsis: string;
  /** The body as stored: Markdown with GFM, footnotes and ```figure blocks. */
  bodyMarkdown: string;
  /** Author bio lines, Markdown. */
  bioMarkdown: string;
  categories: PdfCategoryGroup[];
  /** PDF keywords; every category term when absent. */
  keywords?: string[];
  canonicalUrl: string;
  institute: PdfInstitute;
  /** Section labels; the defaults are the institute's: SYNOPSIS, COMMENTARY, About the author(s). */
  labels?: { synopsis?: string; body?: string; bio?: string };
  /** The file on disk that a figure or image `src` (e.g. `/files/demo/x.jpg`) names, or null. */
  resolveMedia: (src: string) => string | null | undefined;
}

/** What /data.json holds for the template: strings and numbers only, never markup. */
export interface TemplateData {
  title: string;
  shortTitle: string;
  series: string;
  seriesLabel: string;
  code: string | null;
  authors: string[];
  byline: string;
  dateText: string;
  date: { year: number; month: number; day: number } | null;
  synopsis: string;
  labels: { synopsis: string; body: string; bio: string };
  hasBio: boolean;
  categories: PdfCategoryGroup[];
  keywords: string[];
  url: string;
  institute: string;
  tagline: string;
  copyright: string;
  logo: string | null;
}

/** Check the fields the template cannot do without; a bad field is named in a DomainError. */
export function validatePdfInput(input: PdfInput): void {
  const issues: FieldIssue[] = [];
  if (input.title.trim() === '') issues.push({ field: 'title', message: 'a PDF needs a title' });
  if (input.institute.name.trim() === '') issues.push({ field: 'institute.name', message: 'a PDF needs the institute’s name' });
  if (!isHexColor(input.institute.accentColor)) {
    issues.push({ field: 'institute.accentColor', message: `"${input.institute.accentColor}" is not a colour in the form #rrggbb` });
  }
  if (input.canonicalUrl !== '' && !/^https?:\/\/[^\s]+$/i.test(input.canonicalUrl)) {
    issues.push({ field: 'canonicalUrl', message: `"${input.canonicalUrl}" is not an absolute http(s) URL` });
  }
  if (input.date) {
    try {
      parseStoredDate(input.date);
    } catch (error) {
      issues.push({ field: 'date', message: error instanceof Error ? error.message : String(error) });
    }
  }
  if (issues.length > 0) throw invalid(issues);
}

export function templateData(input: PdfInput, options: { logo: string | null; hasBio: boolean }): TemplateData {
  const clean = (value: string): string => value.replace(/\s+/g, ' ').trim();
  const authors = input.authors.map(clean).filter(Boolean);
  const hasSeveralAuthors = authors.length > 1;
  const parsed = input.date ? parseStoredDate(input.date) : null;
  const categories = input.categories
    .map((group) => ({ label: clean(group.label), terms: group.terms.map(clean).filter(Boolean) }))
    .filter((group) => group.label !== '' && group.terms.length > 0);
  return {
    title: clean(input.title),
    shortTitle: shorten(clean(input.title), 80),
    series: clean(input.seriesName),
    seriesLabel: clean(input.seriesLabel ?? input.seriesName),
    code: input.code ? clean(input.code) : null,
    authors,
    byline: byline(authors),
    dateText: clean(input.dateText),
    date: parsed ? { year: parsed.year, month: parsed.month, day: parsed.day ?? 1 } : null,
    synopsis: input.synopsis.trim().split(/\n\s*\n/).map(clean).filter(Boolean).join('\n\n'),
    labels: {
      synopsis: input.labels?.synopsis ?? 'Synopsis',
      body: input.labels?.body ?? 'Commentary',
      bio: input.labels?.bio ?? (hasSeveralAuthors ? 'About the authors' : 'About the author'),
    },
    hasBio: options.hasBio,
    categories,
    keywords: (input.keywords ?? categories.flatMap((group) => group.terms)).map(clean).filter(Boolean),
    url: input.canonicalUrl,
    institute: clean(input.institute.name),
    tagline: clean(input.institute.tagline ?? ''),
    copyright: clean(input.institute.copyrightHolder || input.institute.name),
    logo: options.logo,
  };
}

/** "A", "A and B", "A, B and C". */
export function byline(authors: string[]): string {
  if (authors.length <= 1) return authors[0] ?? '';
  return `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
