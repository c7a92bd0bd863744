import type { Kysely } from 'kysely';

/**
 * Imports: one row per item an import brought in (a page of an archive, a
 * WordPress post, author, term or attachment, a Word document), keyed by
 * where it came from. A second run finds its rows and changes nothing; an
 * interrupted run resumes after the last item it committed; an item edited
 * in Imprint since it was imported is not overwritten.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('import_items')
    // `pages`, `wxr`, `docx`: which importer.
    .addColumn('source', 'text', (c) => c.notNull())
    // The item's identity in its source: a legacy URL path, `<site>#post-<id>`, a file's content hash.
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('entity_kind', 'text', (c) => c.notNull())
    // Null for items recorded without an entity (attachments whose files were not fetched).
    .addColumn('entity_id', 'text')
    // Hash of what the import wrote: an unchanged source is skipped.
    .addColumn('content_hash', 'text', (c) => c.notNull())
    // The publication revision the import saved; a newer one means someone edited it since.
    .addColumn('entity_revision', 'integer')
    // JSON: what the source said about the item (attachment metadata, warnings).
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_items_pk', ['source', 'item_key'])
    .execute();
  await db.schema.createIndex('import_items_entity').on('import_items').columns(['entity_kind', 'entity_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('import_items').execute();
}
