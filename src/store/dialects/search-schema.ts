import { PostgresAdapter, sql, SqliteAdapter, type Kysely } from 'kysely';

/**
 * The full-text part of the search index's schema, which only the database
 * at hand can express. The backend that reads and writes it is in
 * src/search/backends/ (sqlite-fts5.ts, postgres-tsvector.ts); the two must
 * agree on names and columns.
 *
 * - SQLite: an FTS5 table, contentless (the text already lives in
 *   `publications`), with `contentless_delete` so rows can be replaced, full
 *   detail for phrases, and a three-letter prefix index for searching as
 *   you type (longer prefixes expand to few words). Its rowid
 *   is `search_documents.doc_key`. Documents arrive pre-tokenised (letters and
 *   digits only); `_` is a token character so filter tokens (`_all`, `_s…`)
 *   stay whole and can never come from typed text.
 * - PostgreSQL: a tsvector column on `search_documents` with a GIN index.
 */
export interface SearchTextSchema {
  /** A 64-bit integer key type; on SQLite `integer` makes the key the rowid itself. */
  keyType: 'integer' | 'bigint';
  create(db: Kysely<unknown>): Promise<void>;
  drop(db: Kysely<unknown>): Promise<void>;
}

export const SEARCH_FTS_COLUMNS = ['code', 'title', 'people', 'terms', 'series', 'synopsis', 'body', 'attachment', 'filters'] as const;

const sqliteSchema: SearchTextSchema = {
  keyType: 'integer',
  async create(db) {
    await sql.raw(`create virtual table search_fts using fts5(${SEARCH_FTS_COLUMNS.join(', ')}, `
      + `content='', contentless_delete=1, tokenize="unicode61 tokenchars '_'", prefix='3', detail=full)`).execute(db);
  },
  async drop(db) {
    await sql.raw('drop table if exists search_fts').execute(db);
  },
};

const postgresSchema: SearchTextSchema = {
  keyType: 'bigint',
  async create(db) {
    await sql.raw(`alter table search_documents add column tsv tsvector not null default ''::tsvector`).execute(db);
    await sql.raw('create index search_documents_tsv on search_documents using gin (tsv)').execute(db);
  },
  async drop(db) {
    await sql.raw('drop index if exists search_documents_tsv').execute(db);
    await sql.raw('alter table search_documents drop column if exists tsv').execute(db);
  },
};

export function searchTextSchemaFor(db: Kysely<unknown>): SearchTextSchema {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) return sqliteSchema;
  if (adapter instanceof PostgresAdapter) return postgresSchema;
  throw new Error('The search index supports the embedded database and the database server only');
}
