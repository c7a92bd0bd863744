/**
 * The one text analysis of the search index. Documents, queries and
 * highlights all go through it, on both databases: the backends receive
 * ready-made tokens and never run their own parsers on user text, so a word
 * matches the same documents on either database, and the highlighter
 * marks exactly the words the index matched.
 *
 * A token is a run of letters and digits, lower-cased, accents removed, with
 * a light plural folding ("policies" and "policy" meet; no dictionary, no
 * surprises such as "university" -> "univers").
 */

/** Longer runs are not words (hashes, base64) and would bloat the index. */
export const MAX_TOKEN_LENGTH = 64;

const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;
/** English possessive: "Japan’s" indexes as "japan", not "japan" + "s". */
const POSSESSIVE = /(?<=[\p{L}\p{N}])['’]s(?![\p{L}\p{N}])/gu;

/** Lower-case, strip accents and the possessive "'s". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(POSSESSIVE, '');
}

/**
 * Plural folding after Harman's "S" stemmer, kept for words of four letters
 * or more so short words ("us", "gas", "bus") stay as they are.
 */
export function foldPlural(word: string): string {
  // Most words do not end in "s": decide that before any pattern runs.
  if (word.length < 4 || word.charCodeAt(word.length - 1) !== 115 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zzes)$/.test(word)) return word.slice(0, -2);
  if (!/(?:us|ss|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The index form of one folded word. */
export function indexForm(foldedWord: string): string {
  return foldPlural(foldedWord);
}

// eslint-disable-next-line no-control-regex -- a range test, not a match for control characters
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_POSSESSIVE = /(?<=[a-z0-9])'s(?![a-z0-9])/g;

/** The tokens of a text, in order. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  // ASCII text (most of it) needs no Unicode normalisation: lower-casing is all its folding.
  const isAscii = ASCII.test(text);
  const folded = isAscii ? text.toLowerCase().replace(ASCII_POSSESSIVE, '') : foldText(text);
  for (const match of folded.matchAll(isAscii ? /[a-z0-9]+/g : WORD)) {
    const word = match[0];
    if (word.length <= MAX_TOKEN_LENGTH) out.push(indexForm(word));
  }
  return out;
}

export interface TextSpan {
  /** Offsets in the original text (UTF-16 code units). */
  start: number;
  end: number;
  /** The words of this run as the index sees them ("Japan’s" -> ["japan"]). */
  tokens: string[];
  /** The same words before plural folding (prefix matching looks at these too). */
  folded: string[];
}

/**
 * Runs of word characters with their positions in the original text, for
 * highlighting: a run is marked when one of its words matched. Each run is
 * folded on its own, so offsets never have to be mapped back from a folded
 * copy whose length differs ("ﬁ" -> "fi").
 */
export function wordSpans(text: string): TextSpan[] {
  // Plain ASCII (most text) folds by lower-casing alone, which keeps
  // offsets: one pass, no per-word Unicode normalisation.
  if (ASCII.test(text)) return asciiWordSpans(text);
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu)) {
    const folded = (foldText(match[0]).match(WORD) ?? []).filter((w) => w.length <= MAX_TOKEN_LENGTH);
    if (folded.length === 0) continue;
    spans.push({ start: match.index, end: match.index + match[0].length, tokens: folded.map(indexForm), folded });
  }
  return spans;
}

function asciiWordSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of text.toLowerCase().matchAll(/[a-z0-9]+(?:'[a-z0-9]+)*/g)) {
    const parts = match[0].split("'");
    // The possessive "'s" is not a word of its own (as in foldText).
    if (parts.length > 1 && parts[parts.length - 1] === 's') parts.pop();
    const folded = parts.filter((w) => w.length <= MAX_TOKEN_LENGTH);
    if (folded.length === 0) continue;
    spans.push({ start: match.index, end: match.index + match[0].length, tokens: folded.map(indexForm), folded });
  }
  return spans;
}
