import { sql } from 'kysely';
import type { ParsedQuery, QueryClause } from '../parse-search-query.js';
import { SEARCH_FIELDS, UNIVERSE_TOKEN, type SearchDocument, type SearchField } from '../search-document.js';
import { createSearchEngine, type SearchBackend } from '../search-engine.js';
import type { SearchConnection, SearchIndex } from '../search-index.js';
import { parseKeyList } from './key-list.js';

/** tsvector weight of each field: A code and title, B people, terms, series, C synopsis, D body and PDF text. */
const FIELD_WEIGHT: Record<SearchField, 'A' | 'B' | 'C' | 'D'> = {
  code: 'A', title: 'A', people: 'B', terms: 'B', series: 'B', synopsis: 'C', body: 'D', attachment: 'D',
};

/** ts_rank_cd weights for {D, C, B, A}. */
const RANK_WEIGHTS = '{0.1, 0.3, 0.5, 1.0}';

/** PostgreSQL keeps positions up to 16383 and 256 per lexeme (texts past that still match, without phrase positions). */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 255;
/** Positions left empty between fields, so a phrase never spans two. */
const FIELD_GAP = 8;

/**
 * ts_rank_cd reads each candidate's whole tsvector (stored out of line), about
 * ten microseconds a row at 100k documents: a smaller window than SQLite's.
 */
const RANK_WINDOW = 1000;

/** A lexeme literal. Tokens hold letters, digits and `_` only; quotes and backslashes are escaped all the same. */
function lexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

function tsClause(clause: QueryClause): string {
  const parts = clause.tokens.map((token, i) => lexeme(token) + (clause.isPrefix && i === clause.tokens.length - 1 ? ':*' : ''));
  return parts.length === 1 ? parts[0]! : `(${parts.join(' <-> ')})`;
}

/**
 * The tsquery of a parsed query plus filter tokens, written in tsquery's own
 * input syntax from quoted lexemes, `&`, `!`, `<->` and `:*` only; it is cast,
 * never parsed by to_tsquery, so typed text can never add operators.
 */
export function tsQuery(query: ParsedQuery, filterTokens: readonly string[]): string {
  const positives = [...query.include.map(tsClause), ...filterTokens.map(lexeme)];
  const parts = positives.length ? positives : [lexeme(UNIVERSE_TOKEN)];
  for (const clause of query.exclude) parts.push(`!${tsClause(clause)}`);
  return parts.join(' & ');
}

/** The tsvector literal of a document: every field's tokens with positions and the field's weight. */
export function tsVector(document: SearchDocument): string {
  const positions = new Map<string, string[]>();
  let position = 1;
  const add = (token: string, weight: string) => {
    let list = positions.get(token);
    if (!list) positions.set(token, (list = []));
    if (position <= MAX_POSITION && list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${position}${weight}`);
    position++;
  };
  for (const field of SEARCH_FIELDS) {
    for (const token of document.fields[field]) add(token, FIELD_WEIGHT[field]);
    position += FIELD_GAP;
  }
  for (const token of document.filterTokens) add(token, 'D');
  return [...positions].map(([token, list]) => (list.length ? `${lexeme(token)}:${list.join(',')}` : lexeme(token))).join(' ');
}

export function createPostgresTsvectorBackend(db: SearchConnection): SearchBackend {
  return {
    db,
    rankWindow: RANK_WINDOW,

    async writeText(connection, docKey, document) {
      await sql`update search_documents set tsv = ${tsVector(document)}::tsvector where doc_key = ${docKey}`.execute(connection);
    },

    async deleteText(connection, docKey) {
      await sql`update search_documents set tsv = ''::tsvector where doc_key = ${docKey}`.execute(connection);
    },

    async matchKeys(query, filterTokens) {
      // For a word in most documents the planner prefers a sequential scan,
      // which must decompress every tsvector; the GIN bitmap answers plain
      // words without reading them, so this one statement may not scan.
      return db.transaction().execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        const result = await sql<{ keys: string | null }>`select string_agg(doc_key::text, ',') as keys from search_documents
          where tsv @@ ${tsQuery(query, filterTokens)}::tsquery`.execute(trx);
        return parseKeyList(result.rows[0]?.keys ?? '');
      });
    },

    async rank(query, _filterTokens, window, excludeKey, limit, offset) {
      if (window.length === 0 || limit <= 0) return [];
      const rankQuery = tsQuery({ ...query, exclude: [] }, []);
      const result = await sql<{ key: number }>`select doc_key as key from search_documents
        where doc_key = any(${Array.from(window)}::bigint[])
        ${excludeKey === null ? sql`` : sql`and doc_key <> ${excludeKey}`}
        order by ts_rank_cd(${RANK_WEIGHTS}::float4[], tsv, ${rankQuery}::tsquery, 1) desc, doc_key desc
        limit ${limit} offset ${offset}`.execute(db);
      return result.rows.map((r) => Number(r.key));
    },

    async optimize() {
      await sql`vacuum analyze search_documents`.execute(db);
    },
  };
}

export function createPostgresTsvectorIndex(db: SearchConnection): SearchIndex {
  return createSearchEngine(createPostgresTsvectorBackend(db));
}
