import type { AuditEntry } from '../../domain/audit-entry.js';
import type { AuditLogTable } from '../schema-editorial.js';
import type { Db } from './db-handle.js';

export interface AuditQuery {
  entityKind?: string;
  entityId?: string;
  actorId?: string;
  /** One action exactly: `publication.publish`. */
  action?: string;
  /** Entries at or after this ISO time. */
  since?: string;
  /** Entries before this ISO time. */
  until?: string;
  limit: number;
  offset: number;
}

function toEntry(row: AuditLogTable): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actorKind: row.actor_kind === 'system' ? 'system' : 'user',
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    entityKind: row.entity_kind,
    entityId: row.entity_id,
    summary: row.summary,
  };
}

/** The audit log: append-only, read newest first. */
export function createAuditRepository(db: Db) {
  function filtered(query: Omit<AuditQuery, 'limit' | 'offset'>) {
    let q = db.selectFrom('audit_log');
    if (query.entityKind) q = q.where('entity_kind', '=', query.entityKind);
    if (query.entityId) q = q.where('entity_id', '=', query.entityId);
    if (query.actorId) q = q.where('actor_id', '=', query.actorId);
    if (query.action) q = q.where('action', '=', query.action);
    if (query.since) q = q.where('at', '>=', query.since);
    if (query.until) q = q.where('at', '<', query.until);
    return q;
  }

  return {
    async insert(e: AuditEntry): Promise<void> {
      await db.insertInto('audit_log').values({
        id: e.id,
        at: e.at,
        actor_kind: e.actorKind,
        actor_id: e.actorId,
        actor_name: e.actorName,
        action: e.action,
        entity_kind: e.entityKind,
        entity_id: e.entityId,
        summary: e.summary,
      }).execute();
    },

    async list(query: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
      const [rows, count] = await Promise.all([
        filtered(query).selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute(),
        filtered(query).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toEntry), total: Number(count.n) };
    },

    /** The actions the log holds, alphabetically (the audit screen's filter). */
    async listActions(): Promise<string[]> {
      const rows = await db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute();
      return rows.map((r) => r.action);
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
