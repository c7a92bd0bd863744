import { readHtmlPage } from '../html/read-html-page.js';
import { extractArticle } from '../text/extract-article.js';
import { textToLines } from '../text/page-lines.js';
import type { ImportVocabulary } from './import-vocabulary.js';
import { buildPageImport, type PageImport } from './page-record.js';

export interface ReadPageOptions {
  /** How the record names the page when its URL is unknown. */
  file: string;
  kind: 'html' | 'text';
  /** The URL from a `--url-map` list or a `.url` file: trusted over what the page says. */
  givenUrl?: string | null;
  /** The URL `--base-url` and the file's place in the folder make: used when the page says nothing. */
  fallbackUrl?: string | null;
  vocabulary: ImportVocabulary;
  defaultSeries?: string | null | undefined;
}

const URL_LINE = /^(?:url|source|source url|original url|canonical|archived from|saved from|page url)\s*:\s*(https?:\/\/\S+)$/i;

/** A Wayback Machine address wraps the original: `https://web.archive.org/web/2025.../https://www.rsis.edu.sg/...`. */
export function unwrapArchiveUrl(url: string): string {
  const match = /^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\/(.+)$/i.exec(url);
  if (!match) return url;
  const inner = match[1] ?? '';
  return /^https?:\/\//i.test(inner) ? inner : `http://${inner}`;
}

/** A `URL: …` or `Source: …` line among the first or last lines of a dump (how a crawler or a person noted the address). */
export function urlInText(text: string): string | null {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  for (const line of [...lines.slice(0, 15), ...lines.slice(-10)]) {
    const match = URL_LINE.exec(line);
    if (match) return match[1] ?? null;
  }
  return null;
}

/** `lynx -dump` numbers every link ("[8]Download PDF") and lists the addresses under "References" at the end. */
function isLynxDump(text: string): boolean {
  return /\n\s*References\s*\n\s*\n?\s*1\.\s+\S+:\/\//.test(text) && /\[\d+\]\S/.test(text);
}

/**
 * One archived page (a text dump or HTML) to its record and import plan.
 * Pure: text and vocabularies in, record out; the writer is elsewhere.
 */
export function readPage(text: string, options: ReadPageOptions): PageImport {
  let lines;
  let extractOptions = {};
  let pageUrl: string | null;
  if (options.kind === 'html' || /^\s*(?:<!doctype html|<html)/i.test(text)) {
    const html = readHtmlPage(text);
    lines = html.lines;
    extractOptions = html.options;
    pageUrl = html.url;
  } else {
    lines = textToLines(isLynxDump(text) ? text.replace(/\[\d+\](?=\S)/g, '') : text).filter((line) => !URL_LINE.test(line.text));
    pageUrl = urlInText(text);
  }
  const raw = options.givenUrl ?? pageUrl ?? options.fallbackUrl ?? null;
  const article = extractArticle(lines, extractOptions);
  return buildPageImport(article, {
    file: options.file, sourceUrl: raw ? unwrapArchiveUrl(raw) : null, vocabulary: options.vocabulary, defaultSeries: options.defaultSeries,
  });
}
