import { parseArchiveDate } from './archive-date.js';
import { labelOf } from './page-blocks.js';
import { endsSentence, isBlank, lineKey, wordCount, type PageLine } from './page-lines.js';
import { parseByline } from './person-names.js';
import { parseSeriesLabel } from './series-label.js';
import { isChromeLine } from './site-chrome.js';

export interface TitleLine {
  /** Index of the line that opens the article (its heading). */
  index: number;
  code: string | null;
  title: string | null;
  /** Breadcrumb items above the title: where the site filed the page ("External Publications"). */
  trail: string[];
}

/** `IP24112 | Japan’s …`, `AL13-01 | …`, `CO17041｜…` */
const CODE_TITLE = /^([A-Z]{1,5}\d{2}-?\d{2,3})\s*[|｜]\s*(.+)$/;

export function splitCodeTitle(text: string): { code: string | null; title: string } {
  const match = CODE_TITLE.exec(text);
  return match ? { code: match[1] ?? null, title: (match[2] ?? '').trim() } : { code: null, title: text };
}

/**
 * Where the article starts. In order of trust: the `CODE | Title` heading
 * (printed bare under the breadcrumb, which prints it with a bullet); the
 * heading the HTML marked as such; the last item of a `- RSIS / - Publication
 * / - <Title>` breadcrumb (main-content extracts); a "You are here" trail;
 * the line above the first date, or above the byline under which it sits.
 */
export function findTitle(lines: readonly PageLine[], hint: string | null): TitleLine | null {
  let bulleted = -1;
  for (const [index, line] of lines.entries()) {
    if (!CODE_TITLE.test(line.text)) continue;
    if (!line.isBullet) return { index, ...splitCodeTitle(line.text), trail: trailBefore(lines, index) };
    bulleted = index;
  }
  if (hint) {
    const key = lineKey(hint);
    const index = lines.findIndex((l) => !l.isBullet && lineKey(l.text) === key);
    if (index >= 0) return { index, ...splitCodeTitle(lines[index]?.text ?? ''), trail: trailBefore(lines, index) };
  }
  if (bulleted >= 0) return { index: bulleted, ...splitCodeTitle(lines[bulleted]?.text ?? ''), trail: trailBefore(lines, bulleted) };
  return findBreadcrumbTitle(lines) ?? findYouAreHere(lines) ?? findTitleNearDate(lines, hint);
}

/** The bulleted breadcrumb above a line: `• RSIS • Publication • RSIS Publications`. */
function trailBefore(lines: readonly PageLine[], index: number): string[] {
  const trail: string[] = [];
  for (let i = index - 1; i >= 0 && lines[i]?.isBullet; i--) trail.unshift(lines[i]?.text ?? '');
  return trail;
}

function findBreadcrumbTitle(lines: readonly PageLine[]): TitleLine | null {
  for (let start = 0; start < lines.length; start++) {
    const first = lines[start];
    if (!first?.isBullet || !['rsis', 'home'].includes(lineKey(first.text))) continue;
    let end = start;
    while (lines[end + 1]?.isBullet) end++;
    const items = lines.slice(start, end + 1).map((l) => l.text);
    const last = items[items.length - 1] ?? '';
    if (items.length >= 3 && !isChromeLine(last) && wordCount(last) >= 2) {
      return { index: end, ...splitCodeTitle(last), trail: items.slice(0, -1) };
    }
  }
  return null;
}

function findYouAreHere(lines: readonly PageLine[]): TitleLine | null {
  for (const [index, line] of lines.entries()) {
    const match = /^You are here\s*:?\s*(.+)$/i.exec(line.text);
    if (!match) continue;
    const items = (match[1] ?? '').split(/\s*(?:»|›|>|\/|\|)\s*/).filter(Boolean);
    const last = items[items.length - 1] ?? '';
    if (items.length >= 2 && wordCount(last) >= 2 && !isChromeLine(last)) {
      return { index, ...splitCodeTitle(last), trail: items.slice(0, -1) };
    }
  }
  return null;
}

function isTitleShaped(line: PageLine | undefined): boolean {
  if (!line || isBlank(line) || line.isBullet || line.kind === 'image') return false;
  const text = line.text;
  return !isChromeLine(text) && !labelOf(text) && !parseArchiveDate(text) && !parseSeriesLabel(text) && wordCount(text) <= 30
    && !/[.!,;:]$/.test(text) && !parseByline(text) && !/^[A-Z\s]+$/.test(text);
}

/**
 * No breadcrumb and no code: the title is the heading-shaped line right
 * above the date (`Title` / `01 Nov 2024`), or above the byline that sits
 * above the date (`Title` / `By A and B` / `30 March 2015`).
 */
function findTitleNearDate(lines: readonly PageLine[], hint: string | null): TitleLine | null {
  for (const [index, line] of lines.entries()) {
    if (line.isBullet || !parseArchiveDate(line.text)) continue;
    for (let i = index - 1, seen = 0; i >= 0 && seen < 6; i--) {
      const candidate = lines[i];
      if (isBlank(candidate)) continue;
      seen++;
      if (candidate && (parseByline(candidate.text) || isChromeLine(candidate.text) || parseSeriesLabel(candidate.text))) continue;
      if (isTitleShaped(candidate) && !endsSentence(candidate?.text ?? '')) {
        return { index: i, ...splitCodeTitle(candidate?.text ?? ''), trail: [] };
      }
      break;
    }
    return { index, code: null, title: hint, trail: [] };
  }
  return null;
}
