import { z } from 'zod';
import type { AuditEntry } from '../domain/audit-entry.js';
import { requirePermission } from '../domain/permissions.js';
import type { ActionContext } from './action-context.js';
import { parseInput } from './parse-input.js';

const auditInput = z.object({
  entityKind: z.string().trim().min(1).max(40).optional(),
  entityId: z.string().trim().min(1).max(100).optional(),
  actorId: z.string().trim().min(1).max(100).optional(),
  /** One action exactly (`publication.publish`). */
  action: z.string().trim().min(1).max(80).optional(),
  since: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date and time with a zone' }).optional(),
  /** Entries before this time (with `since`, a date range). */
  until: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date and time with a zone' }).optional(),
  page: z.number().int().min(1, 'must be 1 or more').default(1),
  pageSize: z.number().int().min(1, 'must be 1 or more').max(200, 'must be at most 200').default(50),
});

export type ListAuditLogInput = z.input<typeof auditInput>;

export interface AuditPage {
  items: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * The audit log, newest first. Admins only (`users.manage`): it tells who
 * did what, which is account oversight, not editing.
 */
export async function listAuditLog(ctx: ActionContext, input: ListAuditLogInput = {}): Promise<AuditPage> {
  requirePermission(ctx.user, 'users.manage');
  const data = parseInput(auditInput, input);
  const { items, total } = await ctx.store.audit.list({
    ...(data.entityKind ? { entityKind: data.entityKind } : {}),
    ...(data.entityId ? { entityId: data.entityId } : {}),
    ...(data.actorId ? { actorId: data.actorId } : {}),
    ...(data.action ? { action: data.action } : {}),
    ...(data.since ? { since: new Date(data.since).toISOString() } : {}),
    ...(data.until ? { until: new Date(data.until).toISOString() } : {}),
    limit: data.pageSize,
    offset: (data.page - 1) * data.pageSize,
  });
  return { items, total, page: data.page, pageSize: data.pageSize };
}

/** The distinct actions in the log, for filtering by what was done (admins only). */
export async function listAuditActions(ctx: ActionContext): Promise<string[]> {
  requirePermission(ctx.user, 'users.manage');
  return ctx.store.audit.listActions();
}
