import type { Kysely } from 'kysely';

/**
 * The PDF each publication currently has: generated from its content
 * (the file named by its content hash in `$IMPRINT_DATA_DIR/pdf/`) or an
 * uploaded media document that replaces it. One row per publication; the
 * row goes with the publication.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('publication_pdfs')
    .addColumn('publication_id', 'text', (c) => c.primaryKey().references('publications.id').onDelete('cascade'))
    // `generated` or `uploaded`.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('upload_media_id', 'text')
    // The served file's content hash: its strong ETag.
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('file_path', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('page_count', 'integer')
    // What the PDF says, for the search index.
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source_revision', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('publication_pdfs').execute();
}
