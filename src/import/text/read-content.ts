import { isGluedCaption, isSameCaption, parseFigureLine } from './figure-lines.js';
import { labelOf, type PageBlock } from './page-blocks.js';
import { endsSentence, isBlank, lineKey, wordCount, type PageLine } from './page-lines.js';
import { isEndMarker, isLinkListStart, isWidgetLine } from './site-chrome.js';

/** One printed copy of the article's text, from its first label to its Categories line. */
export interface ArticleCopy {
  synopsis: string[];
  blocks: PageBlock[];
  /** The Categories lines of this copy, each split into its items. */
  categories: string[][];
  /** Index just past this copy. */
  end: number;
  /** Why reading stopped: a Categories line, the footer, a second copy starting, or the end of the page. */
  stop: 'categories' | 'footer' | 'repeat' | 'end';
}

const CATEGORIES = /^(?:categories|category|topics|filed under|themes)\s*:\s*(.*)$/i;

export function parseCategoriesLine(text: string): string[] | null {
  const match = CATEGORIES.exec(text);
  if (!match) return null;
  return (match[1] ?? '').split(/\s+\/\s+|\s*[|;]\s*|,\s+(?=[A-Z])/).map((s) => s.trim()).filter(Boolean);
}

const LIST_MARK = /^(?:\(?(\d{1,2}|[a-h]|[ivx]{1,4})[.)])\s+/;

function isHeadingText(text: string): boolean {
  const words = wordCount(text);
  if (words === 0 || words > 15 || text.length > 120 || !/^[\p{Lu}\d“"‘'(]/u.test(text)) return false;
  if (/\?["”’]?$/.test(text)) {
    const long = text.split(/\s+/).filter((w) => w.length >= 4);
    return words <= 12 && long.filter((w) => /^[\p{Lu}“"‘']/u.test(w)).length >= long.length / 2;
  }
  // "Venue: Marina Mandarin", "Editor: ..." are details, not headings ("Session I: Information Sharing" is one).
  if (/^(?:venue|editors?|date|time|location|chair|moderator|speakers?|rapporteurs?|note|source|organi[sz]ers?)\s*:\s/i.test(text)) return false;
  return !endsSentence(text);
}

/**
 * Hard-wrapped dumps (lynx, `fmt`) break paragraphs every 70-odd characters;
 * most archived pages print a paragraph per line. Which one this is decides
 * whether adjacent lines are one paragraph.
 */
function isHardWrapped(lines: readonly PageLine[], from: number): boolean {
  let wrapped = 0;
  let long = 0;
  for (let i = from; i < lines.length && i < from + 400; i++) {
    const text = lines[i]?.text ?? '';
    if (text.length > 110) long++;
    if (text.length >= 40 && text.length <= 100 && !isBlank(lines[i + 1]) && !endsSentence(text)) wrapped++;
  }
  return wrapped >= 3 && wrapped > long;
}

/**
 * Read one copy of the article from `start`: SYNOPSIS and COMMENTARY parts,
 * headings, paragraphs, lists and figures, until its Categories line, the
 * footer, or the point where the page starts printing the article again.
 */
export function readCopy(lines: readonly PageLine[], start: number, options: { firstParagraph?: string | undefined } = {}): ArticleCopy {
  const copy: ArticleCopy = { synopsis: [], blocks: [], categories: [], end: lines.length, stop: 'end' };
  const isWrapped = isHardWrapped(lines, start);
  const repeatKey = options.firstParagraph ? lineKey(options.firstParagraph) : null;
  let mode: 'synopsis' | 'body' = 'body';
  let synopsisLeft = Infinity;
  let sawLabel = false;
  let paragraph: string[] = [];
  let list: Extract<PageBlock, { type: 'list' }> | null = null;

  const push = (block: PageBlock) => {
    if (mode === 'synopsis' && block.type === 'paragraph') {
      copy.synopsis.push(block.text);
      if (--synopsisLeft <= 0) mode = 'body';
      return;
    }
    if (mode === 'synopsis') mode = 'body';
    copy.blocks.push(block);
  };
  const flush = () => {
    if (paragraph.length) push({ type: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  const flushList = () => {
    if (list) copy.blocks.push(list);
    list = null;
  };

  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as PageLine;
    const text = line.text;
    if (isBlank(line)) {
      flush();
      continue;
    }
    const label = line.kind ? null : labelOf(text);
    let categories = parseCategoriesLine(text);
    // A wrapped dump breaks a long Categories line; its continuation runs to the next blank line.
    if (categories && isWrapped) {
      let joined = text;
      while (!isBlank(lines[i + 1]) && !isEndMarker(lines[i + 1]?.text ?? '')) joined += ` ${lines[++i]?.text ?? ''}`;
      categories = parseCategoriesLine(joined);
    }
    const isRepeat = i > start && ((label && sawLabel && label === 'synopsis' && copy.synopsis.length > 0) || (repeatKey !== null && copy.blocks.length > 0 && lineKey(text) === repeatKey));
    const isLinkList = /^references$/i.test(text) && isLinkListStart(text, lines.slice(i + 1, i + 4).find((l) => !isBlank(l))?.text);
    if (categories || isEndMarker(text) || isLinkList || isRepeat) {
      flush();
      flushList();
      if (categories) copy.categories.push(categories);
      copy.end = categories ? i + 1 : i;
      copy.stop = categories ? 'categories' : isRepeat ? 'repeat' : 'footer';
      return copy;
    }
    if (label) {
      flush();
      flushList();
      sawLabel = true;
      mode = label;
      synopsisLeft = label === 'synopsis' && /^(synopsis|summary)$/i.test(text.replace(/:$/, '')) ? 1 : Infinity;
      continue;
    }
    if (isWidgetLine(text)) continue;
    if (line.kind === 'image' && line.image) {
      flush();
      flushList();
      const caption = lines[i + 1]?.kind === 'caption' ? lines[++i]?.text ?? '' : '';
      const figure = parseFigureLine(caption) ?? { caption, credit: '' };
      // Alt text that ends with the credit ("… Image from X.") reads the credit aloud twice; drop it there.
      const alt = figure.credit && line.image.alt.endsWith(figure.credit) ? line.image.alt.slice(0, -figure.credit.length).trim() : line.image.alt;
      push({ type: 'figure', src: line.image.src, alt: alt || figure.caption, ...figure });
      continue;
    }
    const figure = line.kind === 'heading' ? null : parseFigureLine(text);
    if (figure && (isBlank(lines[i - 1]) || isGluedCaption(text, figure) || !isWrapped)) {
      flush();
      flushList();
      let alt = figure.caption;
      const next = lines[i + 1];
      if (next && isSameCaption(next.text, text)) {
        // Alt text (glued) and caption (spaced): one figure; the spaced copy is the caption as printed.
        const printed = parseFigureLine(next.text);
        if (printed) Object.assign(figure, printed);
        alt = isGluedCaption(text, figure) ? text.slice(0, text.length - figure.credit.length).trim() : alt;
        i++;
      }
      push({ type: 'figure', src: '', alt, ...figure });
      continue;
    }
    const isAlone = isBlank(lines[i - 1]) && isBlank(lines[i + 1]);
    const isHeading = line.kind === 'heading' || (line.kind === undefined && !line.isBullet && (isAlone || !isWrapped)
      && paragraph.length === 0 && isHeadingText(text) && !isLastBeforeEnd(lines, i));
    if (isHeading) {
      flush();
      flushList();
      push({ type: 'heading', text });
      continue;
    }
    const listMark = LIST_MARK.exec(text);
    if (line.isBullet || line.kind === 'list-item' || line.kind === 'ordered-item' || (listMark && !isWrapped && wordCount(text) > 2)) {
      flush();
      const isOrdered = line.kind === 'ordered-item' || (!line.isBullet && line.kind !== 'list-item' && listMark !== null);
      const item = line.kind || line.isBullet ? text : text.slice(listMark?.[0].length ?? 0);
      if (!list || list.isOrdered !== isOrdered) {
        flushList();
        list = { type: 'list', isOrdered, items: [] };
      }
      list.items.push(item);
      continue;
    }
    flushList();
    if (isWrapped || (paragraph.length > 0 && /^[\p{Ll}]/u.test(text) && !endsSentence(paragraph[paragraph.length - 1] ?? ''))) {
      paragraph.push(text);
      continue;
    }
    flush();
    paragraph.push(text);
  }
  flush();
  flushList();
  return copy;
}

/** A short last line with nothing after it is a cut-off sentence, not a heading. */
function isLastBeforeEnd(lines: readonly PageLine[], index: number): boolean {
  for (let i = index + 1; i < lines.length; i++) if (!isBlank(lines[i])) return false;
  return true;
}
