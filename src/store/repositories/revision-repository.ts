import type { PublicationRevision, RevisionKind, RevisionSnapshot, RevisionSummary } from '../../domain/revision.js';
import type { PublicationRevisionTable } from '../schema-editorial.js';
import type { Db } from './db-handle.js';

const SUMMARY_COLUMNS = [
  'id', 'publication_id', 'revision', 'kind', 'base_revision', 'restored_from', 'actor_id', 'actor_name', 'created_at',
] as const;

type SummaryRow = Pick<PublicationRevisionTable, (typeof SUMMARY_COLUMNS)[number]>;

function toSummary(row: SummaryRow): RevisionSummary {
  return {
    id: row.id,
    publicationId: row.publication_id,
    revision: row.revision,
    kind: row.kind as RevisionKind,
    baseRevision: row.base_revision,
    restoredFrom: row.restored_from,
    actorId: row.actor_id,
    actorName: row.actor_name,
    createdAt: row.created_at,
  };
}

function toRevision(row: PublicationRevisionTable): PublicationRevision {
  return { ...toSummary(row), snapshot: JSON.parse(row.snapshot) as RevisionSnapshot };
}

/** Revisions of publications: every save, and every refused save kept aside. */
export function createRevisionRepository(db: Db) {
  return {
    async insert(r: PublicationRevision): Promise<void> {
      await db.insertInto('publication_revisions').values({
        id: r.id,
        publication_id: r.publicationId,
        revision: r.revision,
        kind: r.kind,
        base_revision: r.baseRevision,
        restored_from: r.restoredFrom,
        snapshot: JSON.stringify(r.snapshot),
        actor_id: r.actorId,
        actor_name: r.actorName,
        created_at: r.createdAt,
      }).execute();
    },

    async findById(id: string): Promise<PublicationRevision | undefined> {
      const row = await db.selectFrom('publication_revisions').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toRevision(row);
    },

    async findByNumber(publicationId: string, revision: number): Promise<PublicationRevision | undefined> {
      const row = await db.selectFrom('publication_revisions').selectAll()
        .where('publication_id', '=', publicationId).where('revision', '=', revision).executeTakeFirst();
      return row && toRevision(row);
    },

    /** Newest first; refused saves appear where they happened. */
    async list(publicationId: string): Promise<RevisionSummary[]> {
      const rows = await db.selectFrom('publication_revisions').select([...SUMMARY_COLUMNS])
        .where('publication_id', '=', publicationId)
        .orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
      return rows.map(toSummary);
    },
  };
}

export type RevisionRepository = ReturnType<typeof createRevisionRepository>;
