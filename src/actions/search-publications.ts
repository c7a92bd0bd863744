import { z } from 'zod';
import type { PublicationSummary } from '../domain/publication.js';
import type { SearchFilters, SearchSort } from '../search/search-index.js';
import type { ActionContext } from './action-context.js';
import { parseInput } from './parse-input.js';
import { loadReferenceData, type ReferenceData } from './reference-data.js';
import { resolvePerson, resolveSeries, resolveTerm, resolveUnit } from './resolve-references.js';
import { labelFacets, type SearchFacets } from './search-facets.js';

export const MAX_SEARCH_PAGE_SIZE = 50;
export const MAX_QUERY_LENGTH = 500;
/** Deep pages cost a walk through the match set and nobody reads them. */
export const MAX_SEARCH_PAGE = 500;

const refs = z.array(z.string().trim().min(1).max(200)).max(10, 'at most 10 values').default([]);

const searchInput = z.object({
  q: z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`).default(''),
  series: refs,
  /** Term references (`theme:maritime-security` or ids); every one must match. */
  terms: refs,
  unit: refs,
  /** People (slug or id). */
  author: refs,
  year: z.array(z.number().int().min(1000).max(9999)).max(10, 'at most 10 values').default([]),
  sort: z.enum(['relevance', 'date'], { message: 'must be "relevance" or "date"' }).default('relevance'),
  page: z.number().int().min(1, 'must be 1 or more').max(MAX_SEARCH_PAGE, `must be at most ${MAX_SEARCH_PAGE}`).default(1),
  pageSize: z.number().int().min(1, 'must be 1 or more').max(MAX_SEARCH_PAGE_SIZE, `must be at most ${MAX_SEARCH_PAGE_SIZE}`).default(10),
});

export type SearchPublicationsInput = z.input<typeof searchInput>;

export interface SearchItem {
  publication: PublicationSummary;
  /** The title, escaped, with matched words in `<mark>`. */
  titleHtml: string;
  /** An excerpt of the body (or the synopsis) around the matches, escaped, with `<mark>`. */
  snippetHtml: string;
  /** This is the publication whose code was typed. */
  isExact: boolean;
}

export interface SearchPage {
  q: string;
  sort: SearchSort;
  items: SearchItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** The publication whose code was typed ("IP24112"), when it is among the results. */
  exact: PublicationSummary | null;
  facets: SearchFacets;
  /** The filters in force, as the references the caller gave, for links that keep them. */
  selected: { series: string[]; terms: string[]; unit: string[]; author: string[]; year: number[] };
  /** Only the newest matches were ranked by relevance (a very broad query). */
  isRankingCapped: boolean;
  reference: ReferenceData;
}

/**
 * Search the public publications: full text with facets (series, each
 * taxonomy, unit, author, year) counted over the matches, highlighted title
 * and excerpt, relevance or newest first. Readers only ever see published
 * items: nothing else is in the index.
 */
export async function searchPublications(ctx: ActionContext, input: SearchPublicationsInput): Promise<SearchPage> {
  const data = parseInput(searchInput, input);
  const { store } = ctx;
  const [series, terms, units, authors, reference] = await Promise.all([
    Promise.all(data.series.map((ref) => resolveSeries(store, ref, 'series'))),
    Promise.all(data.terms.map((ref) => resolveTerm(store, ref, 'terms'))),
    Promise.all(data.unit.map((ref) => resolveUnit(store, ref, 'unit'))),
    Promise.all(data.author.map((ref) => resolvePerson(store, ref, 'author'))),
    loadReferenceData(store),
  ]);
  const filters: SearchFilters = {
    seriesIds: series.map((s) => s.id),
    termIds: terms.map((t) => t.id),
    unitIds: units.map((u) => u.id),
    authorIds: authors.map((p) => p.id),
    years: data.year,
  };
  const result = await ctx.search.search({
    text: data.q, filters, sort: data.sort, offset: (data.page - 1) * data.pageSize, limit: data.pageSize,
  });
  const hits = await store.searchSources.listHits(result.ids);
  const items = hits.map(({ summary, bodyText }): SearchItem => {
    const body = ctx.search.snippet(bodyText, result.query, { maxWords: 40 });
    const synopsis = ctx.search.snippet(summary.synopsis, result.query, { maxWords: 40 });
    return {
      publication: summary,
      titleHtml: ctx.search.snippet(summary.title, result.query, { isWhole: true }).html,
      // The body excerpt when the match is there, else the synopsis (what a listing shows).
      snippetHtml: body.marks > 0 && synopsis.marks === 0 ? body.html : synopsis.html || body.html,
      isExact: summary.id === result.exactId,
    };
  });
  const facets = await labelFacets(ctx, result.facets, reference, {
    seriesIds: filters.seriesIds, termIds: filters.termIds, unitIds: filters.unitIds, authorIds: filters.authorIds, years: data.year,
  });
  return {
    q: data.q,
    sort: data.sort,
    items,
    total: result.total,
    page: data.page,
    pageSize: data.pageSize,
    pageCount: Math.max(1, Math.ceil(result.total / data.pageSize)),
    exact: items.find((i) => i.isExact)?.publication ?? null,
    facets,
    selected: {
      series: series.map((s) => s.slug),
      terms: terms.map((t) => `${reference.taxonomyById.get(t.taxonomyId)?.slug ?? ''}:${t.slug}`),
      unit: units.map((u) => u.slug),
      author: authors.map((p) => p.slug),
      year: data.year,
    },
    isRankingCapped: result.isRankingCapped,
    reference,
  };
}
