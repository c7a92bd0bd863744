import type { ParsedQuery, QueryClause } from './parse-search-query.js';
import { wordSpans, type TextSpan } from './search-text.js';

export interface Snippet {
  /** Escaped text with the matched words in `<mark>`; `…` where the excerpt cuts the text. */
  html: string;
  /** How many words were marked. */
  marks: number;
}

export interface SnippetOptions {
  /** Length of the excerpt in words (default 40). */
  maxWords?: number;
  /** Mark the whole text instead of cutting an excerpt (titles). */
  isWhole?: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Highlight a query's words in a text. Words are found with the index's own
 * tokenizer, so what is marked is what matched: "policies" is marked for
 * "policy", a phrase only where its words follow each other. Excluded words
 * are not marked. Everything that is not a `<mark>` is HTML-escaped.
 */
export function buildSnippet(text: string, query: ParsedQuery, options: SnippetOptions = {}): Snippet {
  const spans = wordSpans(text);
  const hits = markedSpans(spans, query.include);
  if (options.isWhole) return render(text, spans, hits, 0, spans.length, false, false);
  const maxWords = Math.max(1, options.maxWords ?? 40);
  if (spans.length <= maxWords) return render(text, spans, hits, 0, spans.length, false, false);
  const start = bestWindowStart(spans.length, hits, maxWords);
  const end = Math.min(spans.length, start + maxWords);
  return render(text, spans, hits, start, end, start > 0, end < spans.length);
}

function matches(span: TextSpan, tokenIndex: number, token: string, isPrefix: boolean): boolean {
  const candidate = span.tokens[tokenIndex];
  if (candidate === undefined) return false;
  if (!isPrefix) return candidate === token;
  return candidate.startsWith(token) || (span.folded[tokenIndex] ?? '').startsWith(token);
}

/** Indexes of spans to mark. A span holds one or more tokens; phrases walk the flattened token list. */
function markedSpans(spans: readonly TextSpan[], clauses: readonly QueryClause[]): Set<number> {
  const flat: { span: number; token: number }[] = [];
  spans.forEach((span, spanIndex) => span.tokens.forEach((_, tokenIndex) => flat.push({ span: spanIndex, token: tokenIndex })));
  const marked = new Set<number>();
  for (const clause of clauses) {
    const length = clause.tokens.length;
    for (let i = 0; i + length <= flat.length; i++) {
      let isMatch = true;
      for (let k = 0; k < length && isMatch; k++) {
        const at = flat[i + k]!;
        const isLastToken = k === length - 1;
        isMatch = matches(spans[at.span]!, at.token, clause.tokens[k]!, clause.isPrefix && isLastToken);
      }
      if (isMatch) for (let k = 0; k < length; k++) marked.add(flat[i + k]!.span);
    }
  }
  return marked;
}

/** Start of the window of `size` words holding the most marks (earliest on ties), backed up a little for context. */
function bestWindowStart(count: number, hits: ReadonlySet<number>, size: number): number {
  if (hits.size === 0) return 0;
  const sorted = [...hits].sort((a, b) => a - b);
  let best = 0;
  let bestCount = -1;
  let right = 0;
  for (let left = 0; left < sorted.length; left++) {
    while (right < sorted.length && sorted[right]! < sorted[left]! + size) right++;
    if (right - left > bestCount) {
      bestCount = right - left;
      best = sorted[left]!;
    }
  }
  const lead = Math.min(6, Math.floor(size / 5));
  return Math.max(0, Math.min(best - lead, count - size));
}

function render(text: string, spans: readonly TextSpan[], hits: ReadonlySet<number>, start: number, end: number, hasBefore: boolean, hasAfter: boolean): Snippet {
  if (spans.length === 0) return { html: escapeHtml(text), marks: 0 };
  let html = hasBefore ? '… ' : '';
  let cursor = hasBefore ? spans[start]!.start : 0;
  let marks = 0;
  let isMarkOpen = false;
  for (let i = start; i < end; i++) {
    const span = spans[i]!;
    const gap = escapeHtml(text.slice(cursor, span.start));
    const word = escapeHtml(text.slice(span.start, span.end));
    const isHit = hits.has(i);
    // Neighbouring marked words (a phrase) share one mark, so it reads as the phrase that was searched.
    if (isMarkOpen && !(isHit && /^\s+$/.test(gap))) {
      html += '</mark>';
      isMarkOpen = false;
    }
    html += gap;
    if (isHit) {
      if (!isMarkOpen) html += '<mark>';
      isMarkOpen = true;
      marks++;
    }
    html += word;
    cursor = span.end;
  }
  if (isMarkOpen) html += '</mark>';
  html += hasAfter ? ' …' : escapeHtml(text.slice(cursor));
  return { html: html.replace(/\s+/g, ' ').trim(), marks };
}
