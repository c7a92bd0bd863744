import { newOrderedId } from '../domain/ids.js';
import type { Actor } from '../domain/permissions.js';
import type { Store } from '../store/store.js';
import { isoNow, type ActionContext } from './action-context.js';

export interface AuditInput {
  /** `<entity kind>.<verb>`: `publication.update`, `series.save`, `user.create` ... */
  action: string;
  entityKind: string;
  entityId: string;
  /** One line a person reads in the log: `Saved series "IDSS Papers"`. */
  summary: string;
}

/**
 * Append one line to the audit log. Call it with the transaction's store,
 * inside the transaction that makes the change: a write that rolls back
 * leaves no line, and a line never describes a write that did not happen.
 */
export async function recordAudit(store: Store, ctx: Pick<ActionContext, 'clock'>, actor: Actor, entry: AuditInput): Promise<void> {
  await store.audit.insert({
    id: newOrderedId(),
    at: isoNow(ctx),
    actorKind: actor.kind,
    actorId: actor.id,
    actorName: actor.name,
    ...entry,
    summary: entry.summary.replace(/\s+/g, ' ').trim().slice(0, 500),
  });
}

/** `"Japan’s Foreign Policy…"`: titles quoted and shortened for summaries. */
export function quoted(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `"${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}"`;
}
