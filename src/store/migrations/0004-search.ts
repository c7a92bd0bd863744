import type { Kysely } from 'kysely';
import { searchTextSchemaFor } from '../dialects/search-schema.js';

/**
 * The search index (src/search/). One row per publication that has been
 * indexed: `doc_key` orders rows by publication date (search/doc-key.ts),
 * `facets` holds the row's facet keys, `is_listed` says whether readers may
 * find it (unlisted rows stay so every app node hears of the removal), and
 * `version` grows with every index write so app nodes can catch up with one
 * indexed query. The full text itself is stored the way each database does
 * it best (dialects/search-schema.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const textSchema = searchTextSchemaFor(db);
  await db.schema
    .createTable('search_documents')
    .addColumn('doc_key', textSchema.keyType, (c) => c.primaryKey())
    .addColumn('publication_id', 'text', (c) => c.notNull().unique())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('code_key', 'text')
    .addColumn('facets', 'text', (c) => c.notNull())
    .addColumn('is_listed', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('search_documents_version').on('search_documents').column('version').execute();
  await db.schema.createIndex('search_documents_code').on('search_documents').column('code_key').execute();

  // One row: the version counter. Writers increment it in their transaction,
  // which also queues concurrent index writers behind each other.
  await db.schema
    .createTable('search_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', textSchema.keyType, (c) => c.notNull())
    .execute();
  await (db as Kysely<{ search_state: { id: number; version: number } }>).insertInto('search_state').values({ id: 1, version: 0 }).execute();

  await textSchema.create(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await searchTextSchemaFor(db).drop(db);
  await db.schema.dropTable('search_state').execute();
  await db.schema.dropTable('search_documents').execute();
}
