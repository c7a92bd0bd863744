/**
 * Figure captions in running text. A dumped page prints the image's
 * alternative text and its caption, both ending in the credit, the first
 * glued ("…beyond.Image from Prime Minister’s Office…"), the second spaced.
 * Together they are one figure: caption and credit, kept out of the body.
 */
export interface FigureText {
  caption: string;
  credit: string;
}

const MARKER = /(?:Images?|Photos?|Pictures?|Photographs?|Illustrations?|Graphics?|Cartoons?|Maps?|Charts?|Credits?|Sources?)(?:\s+credits?)?\s*(?:from\b|by\b|:|courtesy of\b|via\b)/g;

/** Split a caption line into caption and credit; null when it carries no credit. */
export function parseFigureLine(line: string): FigureText | null {
  if (line.length > 700) return null;
  for (const match of line.matchAll(MARKER)) {
    const at = match.index ?? 0;
    const before = line.slice(0, at);
    // The credit starts the line or follows the end of a sentence (with or without a space).
    if (at > 0 && !/[.!?”"’)]\s*$/.test(before)) continue;
    const caption = before.trim();
    const credit = line.slice(at).trim();
    if (credit.length > 250 || caption.length > 400 || !/\s/.test(credit)) continue;
    // "Source: ..." alone is a note under a table, not a figure.
    if (!caption && /^Sources?\b/.test(credit)) return null;
    return { caption, credit };
  }
  return null;
}

/** The glued and the spaced copy of one caption: equal once spacing is ignored. */
export function isSameCaption(a: string, b: string): boolean {
  const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  return squash(a) === squash(b);
}

/** Was the credit glued to the caption (no space after the sentence end)? That copy is the alt text. */
export function isGluedCaption(line: string, figure: FigureText): boolean {
  return figure.caption !== '' && line.startsWith(figure.caption) && line.charAt(figure.caption.length) !== ' ';
}
