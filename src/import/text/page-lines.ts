/**
 * A page as lines. Text dumps give every line as plain text; the HTML reader
 * knows more (this line was an <h2>, an image, a list item) and says so in
 * `kind`, so the same rules read both.
 */
export type LineKind = 'heading' | 'image' | 'list-item' | 'ordered-item' | 'caption';

export interface PageLine {
  text: string;
  /** Printed with a bullet (`•`, `-`, `*`) that has been taken off `text`. */
  isBullet: boolean;
  kind?: LineKind;
  /** For `image`: where the picture was and its alternative text. */
  image?: { src: string; alt: string };
}

/** Ordinary, no-break and zero-width spaces, which archived pages mix freely. */
const EDGE_SPACE = /^[\s\u00a0\u200b\u2060\ufeff]+|[\s\u00a0\u200b\u2060\ufeff]+$/g;
const BULLET = /^(?:[•·▪◦●○■□➢►▸]|[-*–](?=\s))\s*/;

export function cleanText(text: string): string {
  return text.replace(EDGE_SPACE, '').replace(/[ \t\u00a0]{2,}/g, ' ');
}

/** Split a text dump into lines; blank lines stay (as empty text): they separate blocks. */
export function textToLines(text: string): PageLine[] {
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').split('\n').map((raw) => {
    const text = cleanText(raw);
    const bullet = BULLET.exec(text);
    return bullet && text.length > bullet[0].length
      ? { text: cleanText(text.slice(bullet[0].length)), isBullet: true }
      : { text, isBullet: false };
  });
}

export function isBlank(line: PageLine | undefined): boolean {
  return !line || (line.text === '' && line.kind !== 'image');
}

/** Comparable form of a line: case, quotes, dashes and spacing ignored. */
export function lineKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Does the text end a sentence (so it is running text, not a heading or a label)? */
export function endsSentence(text: string): boolean {
  return /[.!?…:;,]["'”’)\]]*$/.test(text);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
