import type { Kysely } from 'kysely';

/**
 * When a term was last saved. A publication's PDF prints its terms' names,
 * so a rename must outdate the PDFs made before it, as a change to a person,
 * unit, series or the settings does (PublicationPdfRepository
 * .lastPrintedNamesChange). Null for terms saved before this migration, and
 * in backups made before it, which restore as they are.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('terms').addColumn('updated_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('terms').dropColumn('updated_at').execute();
}
