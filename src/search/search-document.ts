import { dayNumber } from './doc-key.js';
import type { SearchSource } from './search-index.js';
import { tokenize } from './search-text.js';

/**
 * The searchable fields, in the order the backends store them. Weights rank
 * a match in the code or title far above one in the body (bm25 column
 * weights on one backend, tsvector weights A-D on the other).
 */
export const SEARCH_FIELDS = ['code', 'title', 'people', 'terms', 'series', 'synopsis', 'body', 'attachment'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Facet keys stored with each row: `s:` series, `t:` term, `u:` unit, `a:` author (person), `y:` year. */
export type FacetKey = `${'s' | 't' | 'u' | 'a' | 'y'}:${string}`;

/** The token every listed document carries, so "everything except ..." and filter-only searches have a start. */
export const UNIVERSE_TOKEN = '_all';

export interface SearchDocument {
  publicationId: string;
  /** Day number of the publication date (doc-key.ts). */
  day: number;
  /** Upper-case code for exact look-ups ("IP24112"), or null. */
  codeKey: string | null;
  fields: Record<SearchField, string[]>;
  facetKeys: FacetKey[];
  /** Tokens that only filters use: `_all` and one per facet value. */
  filterTokens: string[];
}

export function buildSearchDocument(source: SearchSource): SearchDocument {
  const year = Number(source.date.slice(0, 4));
  const people = source.authors.map((a) => a.name);
  const facetKeys: FacetKey[] = [
    `s:${source.seriesId}`,
    `y:${year}`,
    ...unique(source.terms.map((t) => t.id)).map((id): FacetKey => `t:${id}`),
    ...unique(source.units.map((u) => u.id)).map((id): FacetKey => `u:${id}`),
    ...unique(source.authors.flatMap((a) => (a.personId ? [a.personId] : []))).map((id): FacetKey => `a:${id}`),
  ];
  return {
    publicationId: source.id,
    day: dayNumber(source.date),
    codeKey: source.code ? source.code.toUpperCase() : null,
    fields: {
      code: source.code ? tokenize(source.code) : [],
      title: tokenize(source.title),
      people: tokenize(people.join(' \n ')),
      terms: tokenize([...source.terms.map((t) => t.name), ...source.units.flatMap((u) => [u.name, u.acronym])].join(' \n ')),
      series: tokenize(source.seriesName),
      synopsis: tokenize(source.synopsis),
      body: tokenize(source.bodyText),
      attachment: tokenize(source.attachmentText),
    },
    facetKeys,
    filterTokens: [UNIVERSE_TOKEN, ...facetKeys.map(filterToken)],
  };
}

/**
 * The filter token of a facet value: `_` + kind letter + id. Ids made by the
 * app are lower-case letters and digits; anything else is hex-encoded so a
 * token never holds a character either engine's syntax gives meaning to.
 */
export function filterToken(key: FacetKey): string {
  const kind = key.slice(0, 1);
  const value = key.slice(2);
  return /^[a-z0-9]+$/.test(value) ? `_${kind}${value}` : `_${kind}x${Buffer.from(value, 'utf8').toString('hex')}`;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
