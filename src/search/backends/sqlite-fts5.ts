import { sql } from 'kysely';
import type { ParsedQuery, QueryClause } from '../parse-search-query.js';
import { SEARCH_FIELDS, UNIVERSE_TOKEN, type SearchDocument } from '../search-document.js';
import { createSearchEngine, type SearchBackend } from '../search-engine.js';
import type { SearchConnection, SearchIndex } from '../search-index.js';
import { parseKeyList } from './key-list.js';

/**
 * bm25 column weights, in the order of the FTS5 table's columns (SEARCH_FIELDS
 * then `filters`): a word in the code or title outweighs many in the body;
 * filter tokens carry no weight.
 */
const BM25_WEIGHTS = [12, 6, 3, 2, 1.5, 2, 1, 0.5, 0];

/**
 * Measured at 100k documents (bench/search-100k.ts): ranking 4,000 rows of a
 * near-universal word took about 16 ms, the largest part of such a query, so
 * the newest 2,000 matches are ranked; a query matching fewer is ranked whole.
 */
const RANK_WINDOW = 2000;

/** One clause as an FTS5 string: tokens are letters, digits and `_` only, quoted all the same. */
function ftsClause(clause: QueryClause): string {
  return `"${clause.tokens.join(' ')}"${clause.isPrefix ? '*' : ''}`;
}

function ftsToken(token: string): string {
  return `"${token.replace(/"/g, '""')}"`;
}

/**
 * The FTS5 MATCH expression of a parsed query plus filter tokens. Only
 * quoted strings and the AND/NOT operators appear in it; typed text can
 * never add syntax.
 */
export function ftsExpression(query: ParsedQuery, filterTokens: readonly string[]): string {
  const positives = [...query.include.map(ftsClause), ...filterTokens.map(ftsToken)];
  // With nothing to include (only exclusions, or no text and no filter) the
  // search starts from every document.
  let expression = positives.length ? positives.join(' AND ') : ftsToken(UNIVERSE_TOKEN);
  for (const clause of query.exclude) expression = `(${expression}) NOT ${ftsClause(clause)}`;
  return expression;
}

export function createSqliteFts5Backend(db: SearchConnection): SearchBackend {
  const weights = sql.raw(BM25_WEIGHTS.join(', '));
  return {
    db,
    rankWindow: RANK_WINDOW,

    async writeText(connection, docKey, document: SearchDocument) {
      const values = [...SEARCH_FIELDS.map((field) => document.fields[field].join(' ')), document.filterTokens.join(' ')];
      await sql`insert into search_fts (rowid, code, title, people, terms, series, synopsis, body, attachment, filters)
        values (${docKey}, ${sql.join(values)})`.execute(connection);
    },

    async deleteText(connection, docKey) {
      await sql`delete from search_fts where rowid = ${docKey}`.execute(connection);
    },

    async matchKeys(query, filterTokens) {
      // One aggregate row instead of one row per match: at 100k matches the
      // per-row crossing into JavaScript costs more than the search itself.
      const result = await sql<{ keys: string }>`select json_group_array(rowid) as keys from search_fts
        where search_fts match ${ftsExpression(query, filterTokens)}`.execute(db);
      return parseKeyList(result.rows[0]?.keys ?? '[]');
    },

    async rank(query, filterTokens, window, excludeKey, limit, offset) {
      if (window.length === 0 || limit <= 0) return [];
      // Every match at or above the window's first key is in the window, so a
      // rowid range (which FTS5 applies while walking its doclists) selects it.
      const result = await sql<{ key: number }>`select rowid as key from search_fts
        where search_fts match ${ftsExpression(query, filterTokens)} and rowid >= ${window[0]!}
        ${excludeKey === null ? sql`` : sql`and rowid <> ${excludeKey}`}
        order by bm25(search_fts, ${weights}), rowid desc limit ${limit} offset ${offset}`.execute(db);
      return result.rows.map((r) => Number(r.key));
    },

    async optimize() {
      await sql`insert into search_fts (search_fts) values ('optimize')`.execute(db);
    },
  };
}

export function createSqliteFts5Index(db: SearchConnection): SearchIndex {
  return createSearchEngine(createSqliteFts5Backend(db));
}
