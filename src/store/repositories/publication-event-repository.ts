import type { PublicationEvent } from '../../domain/publication-event.js';
import type { PublicationStatus } from '../../domain/workflow.js';
import type { PublicationEventTable } from '../schema-editorial.js';
import type { Db } from './db-handle.js';

function toEvent(row: PublicationEventTable): PublicationEvent {
  return {
    id: row.id,
    publicationId: row.publication_id,
    fromStatus: row.from_status as PublicationStatus | null,
    toStatus: row.to_status as PublicationStatus,
    at: row.at,
    scheduledFor: row.scheduled_for,
    code: row.code,
    actorId: row.actor_id,
    actorName: row.actor_name,
    note: row.note,
  };
}

/** Workflow steps of publications (who moved what where, when). */
export function createPublicationEventRepository(db: Db) {
  return {
    async insert(e: PublicationEvent): Promise<void> {
      await db.insertInto('publication_events').values({
        id: e.id,
        publication_id: e.publicationId,
        from_status: e.fromStatus,
        to_status: e.toStatus,
        at: e.at,
        scheduled_for: e.scheduledFor,
        code: e.code,
        actor_id: e.actorId,
        actor_name: e.actorName,
        note: e.note,
      }).execute();
    },

    /** One publication's steps, oldest first. */
    async list(publicationId: string): Promise<PublicationEvent[]> {
      const rows = await db.selectFrom('publication_events').selectAll()
        .where('publication_id', '=', publicationId).orderBy('at').orderBy('id').execute();
      return rows.map(toEvent);
    },

    /** The latest steps across all publications, newest first (dashboard activity). */
    async listRecent(limit: number): Promise<PublicationEvent[]> {
      const rows = await db.selectFrom('publication_events').selectAll()
        .orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toEvent);
    },
  };
}

export type PublicationEventRepository = ReturnType<typeof createPublicationEventRepository>;
