import type { Kysely } from 'kysely';
import type { PublicationStatus } from '../domain/workflow.js';
import type { ParsedQuery } from './parse-search-query.js';
import type { Snippet } from './snippet.js';

/**
 * The connection or open transaction the index writes on. Index writes take
 * the caller's transaction, so they commit or roll back with the content.
 */
export type SearchConnection = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What the index needs to know about a publication (the store loads it). */
export interface SearchSource {
  id: string;
  status: PublicationStatus;
  seriesId: string;
  seriesName: string;
  code: string | null;
  title: string;
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  date: string;
  synopsis: string;
  bodyText: string;
  /** Text of the attached PDF once it is extracted; empty until then. */
  attachmentText: string;
  authors: { personId: string | null; name: string }[];
  terms: { id: string; name: string }[];
  units: { id: string; name: string; acronym: string }[];
}

/** Facet values are ids (years as numbers); the caller turns them into labels. */
export interface SearchFilters {
  seriesIds: string[];
  termIds: string[];
  unitIds: string[];
  authorIds: string[];
  years: number[];
}

export type FacetKind = 'series' | 'term' | 'unit' | 'author' | 'year';

export interface FacetCount {
  value: string;
  count: number;
}

export type SearchSort = 'relevance' | 'date';

export interface SearchRequest {
  /** What the reader typed; parsed by the index (see parse-search-query.ts). */
  text: string;
  filters: SearchFilters;
  sort: SearchSort;
  offset: number;
  limit: number;
}

export interface SearchResult {
  total: number;
  /** Publication ids of the requested page, in order. */
  ids: string[];
  facets: Record<FacetKind, FacetCount[]>;
  /** The publication whose code the reader typed, when it matches; first in `ids` on the first page. */
  exactId: string | null;
  query: ParsedQuery;
  /**
   * True when the match set was too large to rank completely: the most recent
   * matches were ranked and the rest follow newest first (see DESIGN notes in
   * search-engine.ts).
   */
  isRankingCapped: boolean;
}

export interface IndexStats {
  /** Publications the index lists. */
  listed: number;
}

/**
 * Full-text search over public publications, one interface for both
 * databases (backends/). Writes run on the caller's transaction.
 */
export interface SearchIndex {
  /**
   * Bring the index in line with these publications: the public ones among
   * `sources` are (re)indexed, every other id in `publicationIds` leaves the
   * index. Runs on `connection`, inside the caller's transaction.
   */
  sync(connection: SearchConnection, publicationIds: readonly string[], sources: readonly SearchSource[]): Promise<void>;
  search(request: SearchRequest): Promise<SearchResult>;
  /** A query's text parsed the way `search` parses it (for highlighting without searching). */
  parse(text: string): ParsedQuery;
  /** Highlight the words of `query` in `text`: HTML with `<mark>`, the rest escaped. */
  snippet(text: string, query: ParsedQuery, options?: { maxWords?: number; isWhole?: boolean }): Snippet;
  /** Ids of every publication the index holds a row for (listed or not), for rebuilds. */
  listIndexedIds(connection: SearchConnection): Promise<string[]>;
  /** Forget publications that no longer exist. */
  forget(connection: SearchConnection, publicationIds: readonly string[]): Promise<void>;
  /** Compact the index after a bulk rebuild. */
  optimize(): Promise<void>;
  stats(): Promise<IndexStats>;
}
