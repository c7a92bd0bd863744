import { dayOfKey, firstKeyOfDay, SLOTS_PER_DAY } from './doc-key.js';
import { FacetCache, type FacetRow } from './facet-cache.js';
import { parseSearchQuery, type ParsedQuery } from './parse-search-query.js';
import { buildSearchDocument, filterToken, type FacetKey, type SearchDocument } from './search-document.js';
import type { IndexStats, SearchConnection, SearchFilters, SearchIndex, SearchRequest, SearchResult, SearchSource } from './search-index.js';
import { buildSnippet } from './snippet.js';

/**
 * What differs between the databases: how the full text of a row is stored,
 * matched and ranked. Everything else (rows, keys, versions, facets, paging)
 * is the engine's, written once.
 */
export interface SearchBackend {
  readonly db: SearchConnection;
  /**
   * How many of the newest matches are ranked by relevance when a query
   * matches more; the rest follow newest first. Ranking reads every candidate's
   * term statistics, so its cost grows with this number, not with the corpus.
   */
  readonly rankWindow: number;
  writeText(connection: SearchConnection, docKey: number, document: SearchDocument): Promise<void>;
  deleteText(connection: SearchConnection, docKey: number): Promise<void>;
  /** Keys of listed rows matching the query and carrying every filter token, in ascending order. */
  matchKeys(query: ParsedQuery, filterTokens: readonly string[]): Promise<Float64Array>;
  /** The `window` keys (ascending, all matching) in relevance order, paged; `excludeKey` left out. */
  rank(query: ParsedQuery, filterTokens: readonly string[], window: Float64Array, excludeKey: number | null, limit: number, offset: number): Promise<number[]>;
  optimize(): Promise<void>;
}

interface RowState {
  doc_key: number;
  publication_id: string;
  is_listed: number;
}

/**
 * A SearchIndex over any backend.
 *
 * Broad queries are the design case: a word found in nearly every document
 * matches the whole corpus, and ranking or faceting it naively costs a pass
 * over every match's statistics. So:
 * - keys follow publication date (doc-key.ts): "newest first" needs no sort;
 * - the match set is fetched once as keys (one aggregate query); its length is
 *   the total and the in-memory FacetCache turns it into facet counts;
 * - relevance ranking looks at the newest `rankWindow` matches at most; for a
 *   near-universal word those are as relevant as any, and title/code weights
 *   still order them. Smaller match sets are ranked completely.
 */
export function createSearchEngine(backend: SearchBackend): SearchIndex {
  const cache = new FacetCache();
  let refreshing: Promise<void> | null = null;

  async function refreshOnce(): Promise<void> {
    const rows = await backend.db.selectFrom('search_documents')
      .select(['doc_key', 'publication_id', 'facets', 'is_listed', 'version'])
      .where('version', '>', cache.version)
      .execute() as { doc_key: number | string; publication_id: string; facets: string; is_listed: number; version: number | string }[];
    cache.apply(rows.map((r): FacetRow => ({
      docKey: Number(r.doc_key), publicationId: r.publication_id, facets: r.facets, isListed: Number(r.is_listed) === 1, version: Number(r.version),
    })));
  }

  function refresh(): Promise<void> {
    refreshing ??= refreshOnce().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  async function nextVersion(connection: SearchConnection): Promise<number> {
    const row = await connection.updateTable('search_state')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('id', '=', 1)
      .returning('version')
      .executeTakeFirstOrThrow() as { version: number | string };
    return Number(row.version);
  }

  async function allocateKey(connection: SearchConnection, day: number): Promise<number> {
    const first = firstKeyOfDay(day);
    const last = first + SLOTS_PER_DAY - 1;
    const row = await connection.selectFrom('search_documents')
      .select((eb) => eb.fn.max('doc_key').as('top'))
      .where('doc_key', '>=', first).where('doc_key', '<=', last)
      .executeTakeFirst() as { top: number | string | null } | undefined;
    const top = row?.top === null || row?.top === undefined ? null : Number(row.top);
    if (top === null) return first;
    if (top < last) return top + 1;
    // The day's slots ran out at the top: take the first free one.
    const taken = new Set((await connection.selectFrom('search_documents').select('doc_key')
      .where('doc_key', '>=', first).where('doc_key', '<=', last).execute() as { doc_key: number | string }[]).map((r) => Number(r.doc_key)));
    for (let key = first; key <= last; key++) if (!taken.has(key)) return key;
    throw new Error(`No free search index slot on day ${day}`);
  }

  async function syncIn(connection: SearchConnection, publicationIds: readonly string[], sources: readonly SearchSource[]): Promise<void> {
    if (publicationIds.length === 0) return;
    const version = await nextVersion(connection);
    const bySource = new Map(sources.map((s) => [s.id, s]));
    const rows = new Map<string, RowState>();
    for (const chunk of chunks([...new Set(publicationIds)], 500)) {
      const found = await connection.selectFrom('search_documents')
        .select(['doc_key', 'publication_id', 'is_listed'])
        .where('publication_id', 'in', chunk).execute() as RowState[];
      for (const row of found) rows.set(row.publication_id, { ...row, doc_key: Number(row.doc_key), is_listed: Number(row.is_listed) });
    }
    for (const id of new Set(publicationIds)) {
      const source = bySource.get(id);
      const row = rows.get(id);
      if (source && source.status === 'published') {
        const document = buildSearchDocument(source);
        const key = row && dayOfKey(row.doc_key) === document.day ? row.doc_key : await allocateKey(connection, document.day);
        const values = { doc_key: key, version, code_key: document.codeKey, facets: document.facetKeys.join(' '), is_listed: 1 };
        if (row) {
          if (row.is_listed === 1) await backend.deleteText(connection, row.doc_key);
          await connection.updateTable('search_documents').set(values).where('publication_id', '=', id).execute();
        } else {
          await connection.insertInto('search_documents').values({ ...values, publication_id: id }).execute();
        }
        await backend.writeText(connection, key, document);
      } else if (row && row.is_listed === 1) {
        // The row stays, unlisted, so every node's facet cache hears of the removal.
        await backend.deleteText(connection, row.doc_key);
        await connection.updateTable('search_documents').set({ is_listed: 0, version, code_key: null }).where('publication_id', '=', id).execute();
      }
    }
  }

  async function findExactKey(query: ParsedQuery, keys: Float64Array): Promise<number | null> {
    if (!query.codeCandidate) return null;
    const row = await backend.db.selectFrom('search_documents').select('doc_key')
      .where('code_key', '=', query.codeCandidate).where('is_listed', '=', 1)
      .executeTakeFirst() as { doc_key: number | string } | undefined;
    const key = row ? Number(row.doc_key) : null;
    return key !== null && binarySearch(keys, key) ? key : null;
  }

  async function pageKeys(query: ParsedQuery, tokens: string[], keys: Float64Array, exactKey: number | null, request: SearchRequest) {
    const total = keys.length;
    const useRelevance = request.sort === 'relevance' && query.include.length > 0;
    const windowSize = useRelevance ? Math.min(total, backend.rankWindow) : 0;
    const windowStart = total - windowSize;
    const isExactInWindow = exactKey !== null && exactKey >= (keys[windowStart] ?? Infinity);
    // The order is: [exact] ++ ranked window ++ the rest newest first; `start`
    // and `count` address it without the exact item.
    const out: number[] = [];
    let start = request.offset;
    let count = request.limit;
    if (exactKey !== null) {
      if (request.offset === 0) {
        out.push(exactKey);
        count--;
      } else {
        start--;
      }
    }
    const rankedSize = windowSize - (isExactInWindow ? 1 : 0);
    if (count > 0 && start < rankedSize) {
      const ranked = await backend.rank(query, tokens, keys.subarray(windowStart), exactKey, Math.min(count, rankedSize - start), start);
      out.push(...ranked);
      count -= ranked.length;
    }
    // The rest, newest first: position p is keys[windowStart - 1 - p], one
    // further down once past the exact item.
    const exactIndex = exactKey !== null && !isExactInWindow ? lowerBound(keys, exactKey) : -1;
    for (let p = Math.max(0, start - rankedSize); count > 0; p++, count--) {
      let index = windowStart - 1 - p;
      if (exactIndex >= 0 && index <= exactIndex) index--;
      if (index < 0) break;
      out.push(keys[index]!);
    }
    return { keys: out, isCapped: useRelevance && total > windowSize };
  }

  async function idsOf(keys: readonly number[]): Promise<string[]> {
    const missing = keys.filter((k) => cache.publicationIdOf(k) === undefined);
    const extra = new Map<number, string>();
    if (missing.length) {
      const rows = await backend.db.selectFrom('search_documents').select(['doc_key', 'publication_id'])
        .where('doc_key', 'in', missing).execute() as { doc_key: number | string; publication_id: string }[];
      for (const r of rows) extra.set(Number(r.doc_key), r.publication_id);
    }
    return keys.flatMap((k) => {
      const id = cache.publicationIdOf(k) ?? extra.get(k);
      return id ? [id] : [];
    });
  }

  return {
    async sync(connection, publicationIds, sources) {
      if (connection.isTransaction) await syncIn(connection, publicationIds, sources);
      else await connection.transaction().execute((trx) => syncIn(trx, publicationIds, sources));
    },

    async search(request): Promise<SearchResult> {
      const query = parseSearchQuery(request.text);
      await refresh();
      const tokens = filterTokens(request.filters);
      const keys = await backend.matchKeys(query, tokens);
      // A key the cache has not seen was written after the last refresh:
      // catch up once so the facet counts cover every match.
      let facets = cache.count(keys);
      if (facets.unknown > 0) {
        await refresh();
        facets = cache.count(keys);
      }
      const exactKey = await findExactKey(query, keys);
      const page = await pageKeys(query, tokens, keys, exactKey, request);
      const ids = await idsOf(page.keys);
      return {
        total: keys.length,
        ids,
        facets: facets.counts,
        exactId: exactKey !== null ? (await idsOf([exactKey]))[0] ?? null : null,
        query,
        isRankingCapped: page.isCapped,
      };
    },

    parse: parseSearchQuery,
    snippet: buildSnippet,

    async listIndexedIds(connection) {
      const rows = await connection.selectFrom('search_documents').select('publication_id').execute() as { publication_id: string }[];
      return rows.map((r) => r.publication_id);
    },

    async forget(connection, publicationIds) {
      await this.sync(connection, publicationIds, []);
      for (const chunk of chunks([...publicationIds], 500)) {
        await connection.deleteFrom('search_documents').where('publication_id', 'in', chunk).execute();
      }
    },

    optimize: () => backend.optimize(),

    async stats(): Promise<IndexStats> {
      const row = await backend.db.selectFrom('search_documents').select((eb) => eb.fn.countAll().as('n'))
        .where('is_listed', '=', 1).executeTakeFirst() as { n: number | string } | undefined;
      return { listed: Number(row?.n ?? 0) };
    },
  };
}

function filterTokens(filters: SearchFilters): string[] {
  const keys: FacetKey[] = [
    ...filters.seriesIds.map((id): FacetKey => `s:${id}`),
    ...filters.termIds.map((id): FacetKey => `t:${id}`),
    ...filters.unitIds.map((id): FacetKey => `u:${id}`),
    ...filters.authorIds.map((id): FacetKey => `a:${id}`),
    ...filters.years.map((year): FacetKey => `y:${year}`),
  ];
  return [...new Set(keys)].map(filterToken);
}

function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function binarySearch(sorted: Float64Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
