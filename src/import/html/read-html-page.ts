import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseArchiveDate } from '../text/archive-date.js';
import { lineKey, type PageLine } from '../text/page-lines.js';
import { parseByline } from '../text/person-names.js';
import { parseSeriesLabel } from '../text/series-label.js';
import type { ExtractOptions } from '../text/extract-article.js';
import { domToLines } from './html-lines.js';

/**
 * An archived HTML page, read in two passes. The whole document gives what
 * the markup states outright (canonical URL, the h1, the date element, the
 * category links); @mozilla/readability finds the article and drops menus,
 * sidebars and footers. The article becomes page lines with a header of
 * title, byline and date, and the same rules as for text dumps read it.
 */
export interface HtmlPage {
  lines: PageLine[];
  options: ExtractOptions;
  /** `<link rel="canonical">` or `og:url`. */
  url: string | null;
}

type Doc = ReturnType<typeof parseHTML>['document'];

function text(element: { textContent: string | null } | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function meta(document: Doc, names: string[]): string | null {
  for (const name of names) {
    const value = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content');
    if (value?.trim()) return value.trim();
  }
  return null;
}

/** The h1 outside menus, or the page title without the site name after it. */
function titleOf(document: Doc): string | null {
  const h1 = [...document.querySelectorAll('h1')].find((h) => !h.closest('nav, header nav, footer, .menu, .breadcrumb'));
  if (h1 && text(h1)) return text(h1);
  const og = meta(document, ['og:title']);
  const title = og ?? text(document.querySelector('title'));
  return title ? title.replace(/\s+[|–—-]\s+[^|–—-]+$/, '').trim() || null : null;
}

function dateOf(document: Doc): string | null {
  const element = document.querySelector('time, .date, .post-date, .entry-date, .published, [itemprop="datePublished"]');
  const shown = text(element);
  if (shown) return shown;
  return element?.getAttribute('datetime') ?? meta(document, ['article:published_time', 'date', 'dc.date', 'DC.date.issued']);
}

/** Byline elements as printed (honorifics and all), one line each; the meta tag only when none is shown. */
function authorsOf(document: Doc): string[] {
  const shown = [...document.querySelectorAll('[rel="author"], [class*="author"], [class*="byline"], [class*="rapporteur"], [itemprop="author"]')]
    .filter((e) => !e.querySelector('[class*="author"], [class*="byline"], [class*="rapporteur"]'))
    .map(text).filter(Boolean);
  if (shown.length) return [...new Set(shown)];
  const fromMeta = meta(document, ['author', 'article:author', 'dc.creator']);
  return fromMeta ? [fromMeta] : [];
}

/** Short labels naming the kind of item ("Op-Eds", "RSIS Working Paper No. 248"), wherever the theme put them. */
function labelsOf(document: Doc): string[] {
  return [...document.querySelectorAll('[class*="series"], [class*="type"], [class*="label"], [class*="kind"]')]
    .map(text).filter((t) => t !== '' && parseSeriesLabel(t) !== null);
}

function breadcrumbOf(document: Doc): string[] {
  const crumb = document.querySelector('.breadcrumb, .breadcrumbs, [aria-label="breadcrumb"], nav.crumbs');
  if (!crumb) return [];
  const items = [...crumb.querySelectorAll('li, a')].map(text).filter(Boolean);
  return items.length ? [...new Set(items)] : text(crumb).split(/\s*[/»›>]\s*/).filter(Boolean);
}

function categoriesOf(document: Doc): string[] {
  const links = [...document.querySelectorAll('a[rel~="tag"], a[rel~="category"], .categories a, .post-categories a')].map(text).filter(Boolean);
  return [...new Set(links)];
}

export function readHtmlPage(html: string): HtmlPage {
  const { document } = parseHTML(html);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, ['og:url']);
  const title = titleOf(document);
  const date = dateOf(document);
  const authors = authorsOf(document);
  const categories = categoriesOf(document);

  const { document: copy } = parseHTML(html);
  const article = new Readability(copy as never, { serializer: (node: unknown) => node, charThreshold: 200 }).parse();
  const root = (article?.content ?? document.body) as Parameters<typeof domToLines>[0];
  const titleKey = title ? lineKey(title) : null;
  const content = domToLines(root).filter((line) => !(line.kind === 'heading' && titleKey && lineKey(line.text) === titleKey));
  const byline = article?.byline?.trim();

  // The breadcrumb above the title (its last item is the title itself), then the title, labels, bylines and the date.
  // Only what reads as a label, a byline or a date goes in: anything else would end the header early.
  const header: PageLine[] = breadcrumbOf(document)
    .filter((item) => !title || lineKey(item) !== lineKey(title))
    .map((item) => ({ text: item, isBullet: true }));
  if (title) header.push({ text: title, isBullet: false }, { text: '', isBullet: false });
  for (const label of labelsOf(document)) header.push({ text: label, isBullet: false });
  const names = authors.filter((n) => parseByline(n));
  for (const name of names.length ? names : [byline ?? ''].filter((n) => parseByline(n))) header.push({ text: name, isBullet: false });
  if (date && parseArchiveDate(date)) header.push({ text: date, isBullet: false });
  header.push({ text: '', isBullet: false });
  const hasCategories = content.some((l) => /^categories\s*:/i.test(l.text));
  const footer: PageLine[] = categories.length && !hasCategories
    ? [{ text: '', isBullet: false }, { text: `Categories: ${categories.join(' / ')}`, isBullet: false }]
    : [];
  return {
    lines: [...header, ...content, ...footer],
    options: {
      titleHint: title,
      dateHint: date,
      authorHints: authors,
      isTruncated: !/<\/html>\s*$/i.test(html.trim()),
    },
    url: url?.trim() || null,
  };
}
