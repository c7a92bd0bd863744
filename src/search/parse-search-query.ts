import { foldText, indexForm, MAX_TOKEN_LENGTH, tokenize } from './search-text.js';

/**
 * One clause of a query: a word (one token) or a phrase (several tokens that
 * must follow each other). `isPrefix` makes the last token match any word
 * starting with it ("secu" -> "security").
 */
export interface QueryClause {
  tokens: string[];
  isPrefix: boolean;
}

/**
 * A reader's query as a structure. Nothing of the typed text reaches a
 * database's query syntax: backends build their MATCH / tsquery strings from
 * these tokens, which hold only letters and digits.
 */
export interface ParsedQuery {
  /** Every clause must match. */
  include: QueryClause[];
  /** No clause may match. */
  exclude: QueryClause[];
  /** The typed word in upper case when it could be a series code ("IP24112"). */
  codeCandidate: string | null;
}

/** More clauses than this are dropped: nobody types them, and each costs a doclist walk. */
export const MAX_CLAUSES = 16;
/** Input past this length is ignored (the API refuses longer queries before they get here). */
export const MAX_QUERY_CHARS = 1000;
/**
 * A shorter prefix would expand to a large part of the vocabulary (and match
 * nearly everything); such a last word is looked up as a whole word.
 */
export const MIN_PREFIX_LENGTH = 3;

interface RawClause {
  text: string;
  isQuoted: boolean;
  isExcluded: boolean;
  /** Typed with a trailing `*`. */
  hasStar: boolean;
}

/**
 * Syntax: words must all match; `"a phrase"` matches words in sequence;
 * `-word` or `-"a phrase"` excludes; `word*` matches by prefix, and so does
 * the last word while it is being typed (no space after it yet). Every other
 * character is a separator, so `(`, `:`, `NEAR`, `&|!` or backslashes are
 * just text.
 */
export function parseSearchQuery(input: string): ParsedQuery {
  const text = input.slice(0, MAX_QUERY_CHARS);
  const raw = splitClauses(text);
  const isTyping = text.length > 0 && !/\s$/.test(text);
  const include: QueryClause[] = [];
  const exclude: QueryClause[] = [];
  raw.forEach((clause, index) => {
    const all = tokenize(clause.text);
    const tokens = all.slice(0, MAX_CLAUSES);
    if (tokens.length === 0) return;
    const isLast = index === raw.length - 1;
    const lastFolded = lastFoldedWord(clause.text);
    const wantsPrefix = clause.hasStar || (isLast && isTyping && !clause.isQuoted && !clause.isExcluded);
    const isPrefix = wantsPrefix && all.length === tokens.length && lastFolded.length >= MIN_PREFIX_LENGTH;
    if (isPrefix) tokens[tokens.length - 1] = prefixForm(lastFolded);
    (clause.isExcluded ? exclude : include).push({ tokens, isPrefix });
  });
  const only = raw.length === 1 ? raw[0] : undefined;
  const codeCandidate = only && !only.isExcluded && !only.isQuoted && /^[\p{L}]{0,12}\d[\p{L}\p{N}]*$/u.test(only.text.trim())
    ? only.text.trim().toUpperCase()
    : null;
  return { include: include.slice(0, MAX_CLAUSES), exclude: exclude.slice(0, MAX_CLAUSES), codeCandidate };
}

function splitClauses(text: string): RawClause[] {
  const out: RawClause[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
    if (i >= text.length) break;
    let isExcluded = false;
    if (text[i] === '-' && i + 1 < text.length && !/[\s-]/.test(text[i + 1] ?? '')) {
      isExcluded = true;
      i++;
    }
    if (text[i] === '"' || text[i] === '“' || text[i] === '”') {
      const close = text.slice(i + 1).search(/["“”]/);
      const end = close === -1 ? text.length : i + 1 + close;
      out.push({ text: text.slice(i + 1, end), isQuoted: true, isExcluded, hasStar: text[end + 1] === '*' });
      i = end + 1;
      continue;
    }
    const start = i;
    while (i < text.length && !/[\s"“”]/.test(text[i] ?? '')) i++;
    const word = text.slice(start, i);
    out.push({ text: word, isQuoted: false, isExcluded, hasStar: word.endsWith('*') });
  }
  return out;
}

function lastFoldedWord(text: string): string {
  const words = foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const last = words[words.length - 1] ?? '';
  return last.length <= MAX_TOKEN_LENGTH ? last : '';
}

/**
 * A prefix is matched against index forms, so a finished plural ("policies")
 * folds like the index does, while a half-typed word ("polic") stays as typed.
 */
function prefixForm(folded: string): string {
  return indexForm(folded);
}

/** Every token the query looks for (for highlighting and tests). */
export function queryTokens(query: ParsedQuery): string[] {
  return query.include.flatMap((c) => c.tokens);
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.include.length === 0 && query.exclude.length === 0;
}
