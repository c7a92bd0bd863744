import { PostgresAdapter, SqliteAdapter } from 'kysely';
import type { SearchConnection, SearchIndex } from '../search-index.js';
import { createPostgresTsvectorIndex } from './postgres-tsvector.js';
import { createSqliteFts5Index } from './sqlite-fts5.js';

/** The search index for the database behind `db` (the store's connection). */
export function openSearchIndex(db: SearchConnection): SearchIndex {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) return createSqliteFts5Index(db);
  if (adapter instanceof PostgresAdapter) return createPostgresTsvectorIndex(db);
  throw new Error('The search index supports the embedded database and the database server only');
}
