import { parseArchiveDate } from './archive-date.js';
import { isBioOf, parseBioLine, type BioLine } from './author-bio.js';
import { findTitle } from './find-title.js';
import type { PageBlock } from './page-blocks.js';
import { endsSentence, isBlank, lineKey, type PageLine } from './page-lines.js';
import { readCopy, type ArticleCopy } from './read-content.js';
import { readHeader } from './read-header.js';
import type { SeriesLabel } from './series-label.js';
import { isChromeLine, isEndMarker } from './site-chrome.js';

/**
 * What a page says, read from its lines, before anything is matched against
 * the site's vocabularies: a pure function of the text, so it is tested on
 * its own and run without a database (`--dry-run`).
 */
export interface ExtractedArticle {
  code: string | null;
  title: string | null;
  authors: string[];
  date: string | null;
  synopsis: string | null;
  blocks: PageBlock[];
  /** Bio paragraphs, in order, and whom each is about. */
  bios: { text: string; line: BioLine }[];
  /** The Categories line's items: the fuller line first, then what only the other copy had. */
  categories: string[];
  labels: SeriesLabel[];
  /** Breadcrumb items above the title. */
  trail: string[];
  isIncomplete: boolean;
  warnings: string[];
}

export interface ExtractOptions {
  /** A title the HTML marked up (h1, og:title): trusted over guesses. */
  titleHint?: string | null;
  dateHint?: string | null;
  authorHints?: string[];
  /** The HTML ended before `</html>`. */
  isTruncated?: boolean;
}

export function extractArticle(lines: readonly PageLine[], options: ExtractOptions = {}): ExtractedArticle {
  const warnings: string[] = [];
  const title = findTitle(lines, options.titleHint ?? null);
  if (!title) warnings.push('no title found (no "CODE | Title" heading, breadcrumb or heading above a date)');
  const titleIndex = title?.index ?? -1;
  const header = readHeader(lines, titleIndex, title?.title ?? null);
  const copies = readCopies(lines, header.bodyStart);
  const main = copies.reduce((best, copy) => (bodyLength(copy) > bodyLength(best) ? copy : best), copies[0] as ArticleCopy);
  if (copies.length > 1) warnings.push(`the article is printed ${copies.length} times on the page; kept one copy`);

  let authors = header.authors.length ? header.authors : (options.authorHints ?? []);
  const split = splitBios(main.blocks, authors);
  const bios = split.bios;
  const blocks: PageBlock[] = [...header.details.map((text): PageBlock => ({ type: 'paragraph', text })), ...split.blocks];
  if (authors.length === 0 && bios.length) {
    authors = bios.flatMap((b) => b.line.subjects.map((s) => s.name));
    warnings.push('no byline; authors taken from the bio lines');
  }
  const date = header.date ?? (options.dateHint ? parseArchiveDate(options.dateHint) : null) ?? findDateNear(lines, titleIndex);
  const last = blocks[blocks.length - 1];
  // A page printed with the site's navigation ends with its footer; a bare breadcrumb (main-content extracts) need not.
  const hasChromeAbove = lines.slice(0, Math.max(titleIndex, 0)).filter((l) => isChromeLine(l.text)).length >= 8;
  const lastCopy = copies[copies.length - 1] as ArticleCopy;
  const endsMidSentence = bios.length === 0 && last?.type === 'paragraph' && !endsSentence(last.text);
  const isIncomplete = Boolean(options.isTruncated) || blocks.length === 0
    || (lastCopy.stop === 'end' && (hasChromeAbove || endsMidSentence) && !hasFooterAfter(lines, lastCopy.end));
  if (isIncomplete) warnings.push(blocks.length === 0 ? 'no article text found' : 'the page ends part-way (no Categories line or footer after the text)');
  if (!date) warnings.push('no date found');
  if (authors.length === 0) warnings.push('no authors found');

  return {
    code: title?.code ?? header.labels.find((l) => l.code)?.code ?? null,
    title: title?.title ?? options.titleHint ?? null,
    authors,
    date,
    synopsis: main.synopsis.length ? main.synopsis.join('\n\n') : null,
    blocks,
    bios,
    categories: mergeCategories(copies.flatMap((c) => c.categories)),
    labels: header.labels,
    trail: title?.trail ?? [],
    isIncomplete,
    warnings,
  };
}

function bodyLength(copy: ArticleCopy): number {
  return copy.blocks.reduce((n, b) => n + (b.type === 'paragraph' || b.type === 'heading' ? b.text.length : 1), 0) + copy.synopsis.join('').length;
}

/**
 * The current design prints the whole SYNOPSIS / COMMENTARY / bio block a
 * second time after the first Categories line. Read every copy; the caller
 * keeps the fullest and takes categories from all of them.
 */
function readCopies(lines: readonly PageLine[], start: number): ArticleCopy[] {
  const first = readCopy(lines, start);
  const copies = [first];
  const firstParagraph = first.blocks.find((b) => b.type === 'paragraph');
  const opening = firstParagraph?.type === 'paragraph' ? firstParagraph.text : undefined;
  let at = first.end;
  while (copies.length < 4 && at < lines.length) {
    const next = nextContentLine(lines, at);
    if (next < 0) break;
    const text = lines[next]?.text ?? '';
    const isAgain = /^(synopsis|abstract|commentary|executive summary)$/i.test(text) || (opening !== undefined && lineKey(text) === lineKey(opening));
    if (!isAgain || isEndMarker(text)) break;
    const copy = readCopy(lines, next, { firstParagraph: opening });
    if (copy.end <= next) break;
    copies.push(copy);
    at = copy.end;
  }
  return copies;
}

function nextContentLine(lines: readonly PageLine[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    if (!isBlank(lines[i])) return i;
  }
  return -1;
}

function hasFooterAfter(lines: readonly PageLine[], from: number): boolean {
  return lines.slice(from).some((l) => isEndMarker(l.text));
}

/** Union of the Categories lines, the fullest first, each item once. */
function mergeCategories(lines: string[][]): string[] {
  const sorted = [...lines].sort((a, b) => b.length - a.length);
  const out: string[] = [];
  for (const item of sorted.flat()) if (!out.some((o) => lineKey(o) === lineKey(item))) out.push(item);
  return out;
}

/** Bio paragraphs close the body; take them off its end. */
function splitBios(blocks: PageBlock[], authors: readonly string[]) {
  const bios: { text: string; line: BioLine }[] = [];
  let end = blocks.length;
  while (end > 0) {
    const block = blocks[end - 1];
    const line = block?.type === 'paragraph' ? parseBioLine(block.text) : null;
    if (!block || block.type !== 'paragraph' || !line || !isBioOf(line, authors)) break;
    bios.unshift({ text: block.text, line });
    end--;
  }
  // Two copies of one bio (a doubled article read as one) are one bio.
  const unique = bios.filter((b, i) => bios.findIndex((o) => o.text === b.text) === i);
  // Reports head their bios "About the Authors"; without the bios the heading has nothing under it.
  const last = blocks[end - 1];
  if (unique.length && last?.type === 'heading' && /^about the (authors?|contributors?|writers?)$/i.test(last.text)) end--;
  return { blocks: blocks.slice(0, end), bios: unique };
}

/** Main-content extracts put the date above the breadcrumb; media highlights print "Last updated on" below the text. */
function findDateNear(lines: readonly PageLine[], titleIndex: number): string | null {
  for (let i = Math.max(0, titleIndex - 12); i < titleIndex; i++) {
    const date = parseArchiveDate(lines[i]?.text ?? '');
    if (date) return date;
  }
  for (let i = Math.max(titleIndex, 0); i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    const date = /^(last updated|updated|published|posted)/i.test(text) ? parseArchiveDate(text) : null;
    if (date) return date;
  }
  return null;
}
