import { findDateIn, parseArchiveDate } from './archive-date.js';
import { labelOf } from './page-blocks.js';
import { endsSentence, isBlank, lineKey, wordCount, type PageLine } from './page-lines.js';
import { parseByline } from './person-names.js';
import { splitCodeTitle } from './find-title.js';
import { parseSeriesLabel, type SeriesLabel } from './series-label.js';
import { isChromeLine, isEndMarker } from './site-chrome.js';

export interface PageHeader {
  authors: string[];
  date: string | null;
  labels: SeriesLabel[];
  /** "Organised by ...", "Venue: ...", "Editor: ..." of event reports: kept, as the text's first paragraphs. */
  details: string[];
  /** First line of the article's text (a label such as SYNOPSIS, or the first paragraph). */
  bodyStart: number;
}

const DETAIL = /^(?:organi[sz]ed by|jointly organi[sz]ed|venue|date and time|time|location|editors?|chair(?:ed by)?|moderator|convened by|hosted by)\b\s*:?/i;

/** Most headers are a byline, a date and a download link; past this many lines the text has begun. */
const MAX_HEADER_LINES = 14;

function isParagraphShaped(line: PageLine): boolean {
  const text = line.text;
  return text.length >= 140 || (endsSentence(text) && wordCount(text) >= 12 && !parseByline(text));
}

/**
 * Read what sits between the title and the text: bylines (one name a line,
 * or "By A and B"), the date, "download pdf", and labels naming the kind of
 * item. Stops at the first label (SYNOPSIS ...), heading or paragraph.
 */
export function readHeader(lines: readonly PageLine[], titleIndex: number, title: string | null): PageHeader {
  const header: PageHeader = { authors: [], date: null, labels: [], details: [], bodyStart: lines.length };
  const titleKeys = new Set([lines[titleIndex]?.text ?? '', title ?? ''].filter(Boolean).map(lineKey));
  let seen = 0;
  for (let i = titleIndex + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line || isBlank(line)) continue;
    const text = line.text;
    if (labelOf(text) || line.kind === 'heading' || line.kind === 'image' || isParagraphShaped(line) || isEndMarker(text) || /^categories\s*:/i.test(text)) {
      header.bodyStart = i;
      return header;
    }
    if (++seen > MAX_HEADER_LINES) {
      header.bodyStart = i;
      return header;
    }
    // A label first: "Op-Eds" and "Working Papers" are also menu items.
    const label = parseSeriesLabel(text);
    if (label) {
      header.labels.push(label);
      continue;
    }
    // Breadcrumb, then the title again as the page's heading.
    if (isChromeLine(text) || titleKeys.has(lineKey(text)) || titleKeys.has(lineKey(splitCodeTitle(text).title))) continue;
    const date = parseArchiveDate(text);
    if (date) {
      header.date ??= date;
      continue;
    }
    const names = parseByline(text);
    if (names) {
      for (const name of names) if (!header.authors.includes(name)) header.authors.push(name);
      continue;
    }
    // "Event Report | 12 November 2015", "Policy Report, March 2015": a label and a date on one line.
    const inline = findDateIn(text);
    if (inline && wordCount(text) <= 8) {
      header.date ??= inline;
      const rest = parseSeriesLabel(text.replace(/[|,–-]?\s*[^|,–-]*\d{4}\s*$/, '').trim());
      if (rest) header.labels.push(rest);
      continue;
    }
    if (DETAIL.test(text)) {
      header.details.push(text);
      continue;
    }
    // Anything else short is left to the body.
    header.bodyStart = i;
    return header;
  }
  return header;
}
