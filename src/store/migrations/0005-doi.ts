import type { Kysely } from 'kysely';

/**
 * An optional DOI per publication (registered with Crossref). One DOI names
 * one work, so two publications never share it; NULLs (no DOI) never collide.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('publications').addColumn('doi', 'text').execute();
  await db.schema.createIndex('publications_doi').on('publications').column('doi').unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('publications_doi').execute();
  await db.schema.alterTable('publications').dropColumn('doi').execute();
}
