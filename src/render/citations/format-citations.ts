import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { boundedMemo } from '../bounded-memo.js';
import { cslItem, type CitationSource, type CslItem } from './citation-source.js';

export type CitationStyle = 'apa' | 'chicago' | 'harvard';

export const CITATION_STYLES: readonly { style: CitationStyle; label: string; file: string }[] = [
  { style: 'apa', label: 'APA', file: 'apa.csl' },
  { style: 'chicago', label: 'Chicago', file: 'chicago-note-bibliography.csl' },
  { style: 'harvard', label: 'Harvard', file: 'harvard-cite-them-right.csl' },
];

export interface FormattedCitation {
  style: CitationStyle;
  label: string;
  text: string;
  /** Escaped HTML from the CSL processor (italics for titles); no attributes, no styles. */
  html: string;
}

/** The styles ship beside this module in the source tree; compiled code finds them from the package root. */
function stylesDir(): string {
  const beside = join(import.meta.dirname, 'styles');
  if (existsSync(join(beside, 'apa.csl'))) return beside;
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${import.meta.dirname}`);
    dir = parent;
  }
  return resolve(dir, 'src/render/citations/styles');
}

const TEMPLATE_PREFIX = 'imprint-';
let isRegistered = false;

function registerStyles(): void {
  if (isRegistered) return;
  const registry = plugins.config.get('@csl').styles;
  const dir = stylesDir();
  for (const { style, file } of CITATION_STYLES) registry.add(TEMPLATE_PREFIX + style, readFileSync(join(dir, file), 'utf8'));
  isRegistered = true;
}

/**
 * Each style reads the report number from a different CSL variable: APA
 * prints `number` ("No. IP24112; IDSS Papers"), Chicago prints the series
 * with its `collection-number` ("IDSS Papers IP24112") and ignores `number`,
 * Cite Them Right prints `genre` and `number` together ("IDSS Papers IP24112").
 */
function itemFor(style: CitationStyle, item: CslItem): CslItem {
  if (style === 'chicago' && item.number) {
    const { number, ...rest } = item;
    return { ...rest, 'collection-number': number };
  }
  if (style === 'harvard' && item.number) return { ...item, genre: item['collection-title'] };
  return item;
}

function entryHtml(html: string): string {
  const match = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  return (match?.[1] ?? html).trim();
}

function formatOne(style: CitationStyle, item: CslItem, format: 'text' | 'html'): string {
  const cite = new Cite([itemFor(style, item)]);
  const out = String(cite.format('bibliography', { template: TEMPLATE_PREFIX + style, format, lang: 'en-US' }));
  return format === 'html' ? entryHtml(out) : out.trim();
}

/**
 * The CSL processor takes a few milliseconds per style, the largest part of
 * an uncached publication page; a publication's citations change only with
 * its CSL item, so they are remembered by that item.
 */
const formatItem = boundedMemo(2000, (json: string): FormattedCitation[] => {
  const item = JSON.parse(json) as CslItem;
  return CITATION_STYLES.map(({ style, label }) => ({
    style,
    label,
    text: formatOne(style, item, 'text'),
    html: formatOne(style, item, 'html'),
  }));
});

/** APA, Chicago and Harvard reference-list entries for one publication. */
export function formatCitations(source: CitationSource): FormattedCitation[] {
  registerStyles();
  return formatItem(JSON.stringify(cslItem(source)));
}

/** CSL-JSON (an array of one item), the format reference managers import natively. */
export function toCslJson(source: CitationSource): string {
  return `${JSON.stringify([cslItem(source)], null, 2)}\n`;
}

/**
 * BibTeX `@techreport`. The day is left out: BibTeX has no day field, and
 * citation-js would write it into `month` ("dec 30"), which BibTeX styles
 * print as it stands.
 */
export function toBibtex(source: CitationSource): string {
  registerStyles();
  const item = cslItem(source);
  const [dateParts] = item.issued['date-parts'];
  const bibItem = { ...item, issued: { 'date-parts': [(dateParts ?? []).slice(0, 2)] } };
  return new Cite([bibItem]).format('bibtex', { format: 'text' });
}

/**
 * RIS (tagged lines `TY  - `, ending `ER  - `). citation-js wraps values at 70
 * characters, which breaks URLs for importers, so its tag object is written
 * out here on unbroken lines, with CR LF as the RIS format specifies.
 */
export function toRis(source: CitationSource): string {
  registerStyles();
  const [entry] = new Cite([cslItem(source)]).format('ris', { format: 'object' });
  if (!entry) return '';
  const lines: string[] = [`TY  - ${String(entry.TY ?? 'RPRT')}`];
  for (const [tag, value] of Object.entries(entry)) {
    if (tag === 'TY') continue;
    for (const one of [value].flat()) lines.push(`${tag}  - ${String(one).replace(/\s+/g, ' ').trim()}`);
  }
  lines.push('ER  - ');
  return `${lines.join('\r\n')}\r\n`;
}
