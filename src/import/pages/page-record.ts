import { normalizeLegacyPath } from '../../domain/legacy-path.js';
import { honorificOf } from '../text/person-names.js';
import { blocksToMarkdown, paragraphsToMarkdown } from '../markdown/blocks-to-markdown.js';
import type { ExtractedArticle } from '../text/extract-article.js';
import { classifyCategories, type PageCategories, type TermChoice, unitsInText } from './classify-categories.js';
import { findSeriesByName, findUnitByName, type ImportVocabulary } from './import-vocabulary.js';

/**
 * One archived page as the importer read it: the JSON `--dry-run --json`
 * prints, one object per page, null where the page did not say.
 */
export interface PageRecord {
  /** The page's original URL when known, else the file it was read from. */
  source: string;
  code: string | null;
  title: string | null;
  authors: string[];
  /** `YYYY-MM-DD`, or `YYYY-MM` when the page prints a month only. */
  date: string | null;
  series: string | null;
  synopsis: string | null;
  /** Markdown: `##` headings, paragraphs, lists, ```figure blocks. */
  body: string | null;
  /** Markdown, one paragraph per bio line. */
  bio: string | null;
  figures: { caption: string; credit: string }[];
  categories: PageCategories;
  isIncomplete: boolean;
  warnings: string[];
}

/** What the writer needs beyond the record: everything resolved to the site's slugs. */
export interface PagePlan {
  seriesSlug: string | null;
  /** The code in the series' own form (`WP248` for "No. 248"), when it fits the series. */
  code: string | null;
  authors: { name: string; honorific: string; rank: string }[];
  terms: TermChoice[];
  unitSlugs: string[];
  legacyUrl: string | null;
}

export interface PageImport {
  record: PageRecord;
  plan: PagePlan;
}

export interface BuildOptions {
  file: string;
  sourceUrl: string | null;
  vocabulary: ImportVocabulary;
  /** Series (slug) for a page that names none the site has (`--series`). */
  defaultSeries?: string | null | undefined;
}

export function buildPageImport(article: ExtractedArticle, options: BuildOptions): PageImport {
  const { vocabulary, sourceUrl } = options;
  const warnings = [...article.warnings];
  const classified = classifyCategories(article.categories, vocabulary);
  const urlPath = sourceUrl ? normalizeLegacyPath(sourceUrl) : null;
  const code = article.code ?? codeFromPath(urlPath);
  const found = chooseSeries(article, classified.categories.series, code, vocabulary);
  const fallback = found.slug ? undefined : vocabulary.series.find((s) => s.slug === options.defaultSeries);
  const series = fallback ? { slug: fallback.slug, name: fallback.name } : found;
  const named = found.name ? `series "${found.name}" is not one of the site's series` : 'no series named on the page';
  if (fallback) warnings.push(`${named}; filed in ${fallback.name} (--series)`);
  else if (!found.slug) warnings.push(found.name ? named : 'no series found (no Categories line, label or code naming one)');
  for (const name of classified.unknownSeries.filter((n) => n !== series.name)) warnings.push(`category "${name}" looks like a series the site does not have; left out`);

  const bioText = article.bios.map((b) => b.text).join(' ');
  const unitNames = [...classified.categories.unit];
  const labelUnits = article.labels.flatMap((l) => (l.unit ? [findUnitByName(vocabulary, l.unit)?.name ?? ''] : [])).filter(Boolean);
  for (const name of [...labelUnits, ...unitsInText(bioText, vocabulary), ...unitsInPath(urlPath, vocabulary)]) if (!unitNames.includes(name)) unitNames.push(name);
  const units = vocabulary.units.filter((u) => unitNames.includes(u.name));
  for (const term of classified.terms.filter((t) => t.isNew)) warnings.push(`category "${term.name}" is not in the site's vocabularies; it will be created as a ${term.taxonomy} term to review`);

  const figures = article.blocks.flatMap((b) => (b.type === 'figure' ? [b] : []));
  figures.forEach((figure, index) => {
    warnings.push(figure.src
      ? `figure ${index + 1}: the image stays at ${figure.src} (not downloaded)`
      : `figure ${index + 1}: the page text has the caption but not the image; add the picture in the editor`);
  });
  if (!sourceUrl) warnings.push('no source URL (no URL: line, canonical link, .url file or --base-url); no redirect will be made');

  const ranks = new Map(article.bios.flatMap((b) => b.line.subjects.map((s) => [s.name, s.rank] as const)));
  const record: PageRecord = {
    source: sourceUrl ?? options.file,
    code,
    title: article.title,
    authors: article.authors,
    date: article.date,
    series: series.name,
    synopsis: article.synopsis,
    body: article.blocks.length ? blocksToMarkdown(article.blocks) : null,
    bio: article.bios.length ? paragraphsToMarkdown(article.bios.map((b) => b.text)) : null,
    figures: figures.map((f) => ({ caption: f.caption, credit: f.credit })),
    categories: { ...classified.categories, unit: units.map((u) => u.name) },
    isIncomplete: article.isIncomplete,
    warnings,
  };
  const plan: PagePlan = {
    seriesSlug: series.slug,
    code: seriesCode(code, series.slug, vocabulary, warnings),
    authors: article.authors.map((name) => ({ name, honorific: honorificOf(name), rank: rankOf(name, ranks) })),
    terms: classified.terms,
    unitSlugs: units.map((u) => u.slug),
    legacyUrl: sourceUrl,
  };
  return { record, plan };
}

function rankOf(name: string, ranks: ReadonlyMap<string, string>): string {
  for (const [subject, rank] of ranks) if (name.endsWith(subject) || subject.endsWith(name)) return rank;
  return '';
}

/** `/rsis-publication/idss/ip24112-japans-...` -> IP24112. */
function codeFromPath(path: string | null): string | null {
  const last = path?.split('/').pop() ?? '';
  const match = /^([a-z]{2,3}\d{5})(?:-|$)/.exec(last);
  return match ? (match[1] ?? '').toUpperCase() : null;
}

function unitsInPath(path: string | null, vocabulary: ImportVocabulary): string[] {
  const segments = (path ?? '').split('/').filter(Boolean).slice(0, -1);
  return vocabulary.units
    .filter((u) => segments.some((s) => s === u.slug || (u.acronym !== '' && s === u.acronym.split(' ')[0]?.toLowerCase())))
    .map((u) => u.name);
}

/**
 * The series, in order of trust: the one whose code prefix the page's code
 * carries, the series item of the Categories line, a label printed with the
 * title ("Policy Report"), the breadcrumb.
 */
function chooseSeries(article: ExtractedArticle, categorySeries: string[], code: string | null, vocabulary: ImportVocabulary): { slug: string | null; name: string | null } {
  const prefix = code ? /^([A-Z]+)\d/.exec(code)?.[1] : undefined;
  const byCode = prefix ? vocabulary.series.find((s) => s.codePrefix === prefix && s.numbering === 'yearly') : undefined;
  if (byCode) return { slug: byCode.slug, name: byCode.name };
  const candidates = [...categorySeries, ...article.labels.map((l) => l.name), ...[...article.trail].reverse()];
  for (const name of candidates) {
    const found = findSeriesByName(vocabulary, name);
    if (found) return { slug: found.slug, name: found.name };
  }
  const unknown = [...categorySeries, ...article.labels.map((l) => l.name)][0];
  return { slug: null, name: unknown ?? null };
}

/** "No. 248" in a running series with prefix WP is `WP248`; a code that cannot be the series' is dropped with a warning. */
function seriesCode(code: string | null, seriesSlug: string | null, vocabulary: ImportVocabulary, warnings: string[]): string | null {
  if (!code) return null;
  const series = vocabulary.series.find((s) => s.slug === seriesSlug);
  if (!series) return code;
  if (series.numbering === 'none') {
    warnings.push(`code ${code} left out: ${series.name} items carry no code`);
    return null;
  }
  const number = /^(?:No\.|Issue)\s*(\d+)$/.exec(code)?.[1];
  if (number && series.numbering === 'running') return `${series.codePrefix ?? ''}${number}`;
  const prefix = series.codePrefix ?? '';
  if (code.toUpperCase().startsWith(prefix) && /^\d+$/.test(code.slice(prefix.length))) return code.toUpperCase();
  warnings.push(`code ${code} does not fit ${series.name}; left out`);
  return null;
}

