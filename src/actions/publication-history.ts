import { newOrderedId } from '../domain/ids.js';
import type { Actor } from '../domain/permissions.js';
import type { PublicationEvent } from '../domain/publication-event.js';
import type { RevisionKind, RevisionSnapshot } from '../domain/revision.js';
import type { PublicationStatus } from '../domain/workflow.js';
import type { Store } from '../store/store.js';
import { isoNow, type ActionContext } from './action-context.js';

export interface RevisionRecord {
  publicationId: string;
  revision: number | null;
  kind: RevisionKind;
  baseRevision: number | null;
  restoredFrom?: string | null;
  snapshot: RevisionSnapshot;
}

/** Keep a revision (in the save's transaction); returns its id. */
export async function recordRevision(tx: Store, ctx: Pick<ActionContext, 'clock'>, actor: Actor, record: RevisionRecord): Promise<string> {
  const id = newOrderedId();
  await tx.revisions.insert({
    id,
    publicationId: record.publicationId,
    revision: record.revision,
    kind: record.kind,
    baseRevision: record.baseRevision,
    restoredFrom: record.restoredFrom ?? null,
    snapshot: record.snapshot,
    actorId: actor.id,
    actorName: actor.name,
    createdAt: isoNow(ctx),
  });
  return id;
}

export interface EventRecord {
  publicationId: string;
  fromStatus: PublicationStatus | null;
  toStatus: PublicationStatus;
  scheduledFor?: string | null;
  code: string | null;
  note?: string;
}

/** Record one workflow step (in the transition's transaction). */
export async function recordEvent(tx: Store, ctx: Pick<ActionContext, 'clock'>, actor: Actor, record: EventRecord): Promise<PublicationEvent> {
  const event: PublicationEvent = {
    id: newOrderedId(),
    publicationId: record.publicationId,
    fromStatus: record.fromStatus,
    toStatus: record.toStatus,
    at: isoNow(ctx),
    scheduledFor: record.scheduledFor ?? null,
    code: record.code,
    actorId: actor.id,
    actorName: actor.name,
    note: record.note ?? '',
  };
  await tx.publicationEvents.insert(event);
  return event;
}
