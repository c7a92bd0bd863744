import type { Kysely } from 'kysely';

/**
 * The editorial back office: who created each publication, its revisions
 * (every save, plus refused saves kept so nothing is lost), its workflow
 * events, the jobs queue, the audit log and the media library.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('publications').addColumn('created_by', 'text').execute();
  await db.schema.createIndex('publications_created_by').on('publications').column('created_by').execute();

  await db.schema
    .createTable('publication_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('publication_id', 'text', (c) => c.notNull().references('publications.id').onDelete('cascade'))
    .addColumn('revision', 'integer')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('base_revision', 'integer')
    .addColumn('restored_from', 'text')
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // One row per revision number; refused saves have none, and NULLs never collide.
  await db.schema.createIndex('publication_revisions_number').on('publication_revisions')
    .columns(['publication_id', 'revision']).unique().execute();
  await db.schema.createIndex('publication_revisions_history').on('publication_revisions')
    .columns(['publication_id', 'created_at']).execute();

  await db.schema
    .createTable('publication_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('publication_id', 'text', (c) => c.notNull().references('publications.id').onDelete('cascade'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('scheduled_for', 'text')
    .addColumn('code', 'text')
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('publication_events_publication').on('publication_events').columns(['publication_id', 'at']).execute();
  await db.schema.createIndex('publication_events_at').on('publication_events').column('at').execute();

  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('job_key', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('locked_by', 'text')
    .addColumn('locked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  // The claim query: due jobs by status and time.
  await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_at']).execute();
  await db.schema.createIndex('jobs_key').on('jobs').columns(['job_key', 'status']).execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_kind', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute();
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity_kind', 'entity_id']).execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').column('actor_id').execute();

  await db.schema
    .createTable('media_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull().unique())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('alt', 'text', (c) => c.notNull())
    .addColumn('caption', 'text', (c) => c.notNull())
    .addColumn('credit', 'text', (c) => c.notNull())
    .addColumn('variants', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_files_created').on('media_files').columns(['created_at', 'id']).execute();

  await recordExistingHistory(db as Kysely<LegacyTables>);
}

interface LegacyTables {
  publications: {
    id: string; series_id: string; title: string; slug: string; date: string; synopsis: string; body: string; bio: string;
    is_featured: number; status: string; code: string | null; created_at: string; updated_at: string; revision: number;
  };
  publication_authors: { publication_id: string; position: number; person_id: string | null; name: string };
  publication_terms: { publication_id: string; term_id: string };
  publication_units: { publication_id: string; unit_id: string };
  redirects: { from_path: string; target_kind: string; target_id: string };
  publication_revisions: {
    id: string; publication_id: string; revision: number | null; kind: string; base_revision: number | null;
    restored_from: string | null; snapshot: string; actor_id: string; actor_name: string; created_at: string;
  };
  publication_events: {
    id: string; publication_id: string; from_status: string | null; to_status: string; at: string;
    scheduled_for: string | null; code: string | null; actor_id: string; actor_name: string; note: string;
  };
}

/**
 * Items saved before this migration start their history here: their
 * current content becomes the revision they are at, and one event records
 * the status they had, so every publication has a revision to diff against.
 */
async function recordExistingHistory(db: Kysely<LegacyTables>): Promise<void> {
  const rows = await db.selectFrom('publications')
    .select(['id', 'series_id', 'title', 'slug', 'date', 'synopsis', 'body', 'bio', 'is_featured', 'status', 'code', 'created_at', 'updated_at', 'revision'])
    .execute();
  for (const row of rows) {
    const [authors, terms, units, redirects] = await Promise.all([
      db.selectFrom('publication_authors').select(['person_id', 'name']).where('publication_id', '=', row.id).orderBy('position').execute(),
      db.selectFrom('publication_terms').select('term_id').where('publication_id', '=', row.id).execute(),
      db.selectFrom('publication_units').select('unit_id').where('publication_id', '=', row.id).execute(),
      db.selectFrom('redirects').select('from_path').where('target_kind', '=', 'publication').where('target_id', '=', row.id).orderBy('from_path').execute(),
    ]);
    const snapshot = {
      seriesId: row.series_id, title: row.title, slug: row.slug, date: row.date, synopsis: row.synopsis, body: row.body,
      bio: row.bio, authors: authors.map((a) => ({ personId: a.person_id, name: a.name })), termIds: terms.map((t) => t.term_id),
      unitIds: units.map((u) => u.unit_id), isFeatured: row.is_featured === 1, legacyUrls: redirects.map((r) => r.from_path),
    };
    await db.insertInto('publication_revisions').values({
      id: `${row.id}-r${row.revision}`, publication_id: row.id, revision: row.revision, kind: 'save', base_revision: null,
      restored_from: null, snapshot: JSON.stringify(snapshot), actor_id: 'system', actor_name: 'System', created_at: row.updated_at,
    }).execute();
    await db.insertInto('publication_events').values({
      id: `${row.id}-e0`, publication_id: row.id, from_status: null, to_status: row.status, at: row.created_at,
      scheduled_for: null, code: row.code, actor_id: 'system', actor_name: 'System', note: 'history starts here',
    }).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['media_files', 'audit_log', 'jobs', 'publication_events', 'publication_revisions']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropIndex('publications_created_by').execute();
  await db.schema.alterTable('publications').dropColumn('created_by').execute();
}
