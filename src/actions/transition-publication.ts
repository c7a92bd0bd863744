import { z } from 'zod';
import { tags } from '../domain/change-tags.js';
import { conflict, forbidden, invalidField, notFound } from '../domain/errors.js';
import { PUBLISH_SCHEDULED, type PublishScheduledPayload } from '../domain/job.js';
import { requirePermission, type Actor } from '../domain/permissions.js';
import type { Publication } from '../domain/publication.js';
import { isOwnedBy } from '../domain/publication-access.js';
import { allowedTransitions, canTransition, STATUSES, statusLabel, transitionRefusal, type PublicationStatus } from '../domain/workflow.js';
import type { Store } from '../store/store.js';
import { isoNow, type ActionContext } from './action-context.js';
import { drawSeriesCode } from './assign-series-code.js';
import { enqueueJob } from './enqueue-job.js';
import { parseInput } from './parse-input.js';
import { recordEvent } from './publication-history.js';
import { quoted, recordAudit } from './record-audit.js';
import { resolveSeries } from './resolve-references.js';
import { syncSearchIndex } from './sync-search-index.js';

const transitionInput = z.object({
  id: z.string().min(1),
  to: z.enum(STATUSES as [PublicationStatus, ...PublicationStatus[]], { message: `must be one of ${STATUSES.join(', ')}` }),
  /** `scheduled`: the release time (required, in the future). `published`: the publish time to record (backdated imports). */
  at: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date and time with a zone, e.g. 2025-03-01T09:00:00+08:00' }).optional(),
  /** When given, the revision the caller reviewed; a newer one is a conflict. */
  revision: z.number().int().positive().optional(),
  /** A word for the history ("approved by the Dean"). */
  note: z.string().trim().max(500, 'must be at most 500 characters').default(''),
});

export type TransitionPublicationInput = z.input<typeof transitionInput>;

export interface TransitionRequest {
  to: PublicationStatus;
  at?: string | undefined;
  revision?: number | undefined;
  note?: string;
}

/**
 * Move a publication along the workflow (domain/workflow.ts):
 * draft -> in_review -> scheduled -> published -> archived, and back.
 *
 * - Authors may submit their own draft (draft -> in_review) and withdraw it
 *   (in_review -> draft); anything else is forbidden for them.
 * - `scheduled` needs `at` in the future; a `publish-scheduled` job then
 *   publishes the item at that time. Leaving `scheduled` (or rescheduling)
 *   cancels the queued job.
 * - `published` draws the series code when the item has none yet (the one
 *   code-assignment path; publishPublication calls this too). Going back to
 *   draft or to the archive keeps the code.
 * Each step is recorded as a publication event and in the audit log.
 */
export async function transitionPublication(ctx: ActionContext, input: TransitionPublicationInput): Promise<Publication> {
  const actor = requirePermission(ctx.user, 'content.edit_own');
  const data = parseInput(transitionInput, input);
  await ctx.store.transaction(async (tx) => {
    const current = await tx.publications.findById(data.id);
    if (!current) throw notFound(`Publication ${data.id}`);
    await applyTransition(ctx, tx, actor, current, data);
  });
  ctx.events.emit([tags.publication(data.id), tags.publicationLists]);
  const moved = await ctx.store.publications.findById(data.id);
  if (!moved) throw notFound(`Publication ${data.id}`);
  ctx.log.info('publication moved', { id: data.id, to: moved.status, code: moved.code, by: actor.id });
  return moved;
}

/**
 * The transition itself, inside the caller's transaction: permission for
 * this item, workflow rule, revision check, new state, job bookkeeping,
 * event and audit line.
 */
export async function applyTransition(ctx: ActionContext, tx: Store, actor: Actor, current: Publication, request: TransitionRequest): Promise<void> {
  const { to } = request;
  const from = current.status;
  const refusal = transitionRefusal(actor.role, isOwnedBy(current, actor), from, to);
  if (refusal) throw forbidden(`You cannot move ${quoted(current.title)} to ${statusLabel(to)}: ${refusal}`);
  if (!canTransition(from, to)) {
    const options = allowedTransitions(from).map(statusLabel).join(', ');
    throw invalidField('to', `a ${statusLabel(from)} publication cannot be ${to === 'published' ? 'published' : `moved to ${statusLabel(to)}`}; it can go to: ${options}`);
  }
  if (request.revision !== undefined && request.revision !== current.revision) {
    throw conflict(
      `${quoted(current.title)} changed since you looked at it (revision ${request.revision}; it is now at revision ${current.revision}); review the changes first`,
      { publicationId: current.id, yourRevision: request.revision, currentRevision: current.revision },
    );
  }
  const now = isoNow(ctx);
  const at = request.at ? new Date(request.at).toISOString() : undefined;
  if (to === 'scheduled') {
    if (!at) throw invalidField('at', 'scheduling needs the release time');
    if (at <= now) throw invalidField('at', `the release time ${at} is not in the future (now: ${now}); publish it instead`);
  } else if (at && to !== 'published') {
    throw invalidField('at', 'only "scheduled" (release time) and "published" (publish time) take a time');
  }

  let { code, sequence } = current;
  if (to === 'published' && !code) {
    const series = await resolveSeries(tx, current.seriesId);
    ({ code, sequence } = await drawSeriesCode(tx, series, current.date));
  }
  await tx.publications.updateState(current.id, current.revision, {
    status: to,
    code,
    sequence,
    // A republished item keeps the time it first went out (citations and feeds know it by that date).
    publishedAt: to === 'published' ? (at ?? current.publishedAt ?? now) : current.publishedAt,
    scheduledAt: to === 'scheduled' ? (at ?? null) : null,
    updatedAt: now,
  });
  await syncSearchIndex(ctx, tx, [current.id]);

  const key = `publication:${current.id}`;
  if (from === 'scheduled') await tx.jobs.cancelQueued(PUBLISH_SCHEDULED, key, now);
  if (to === 'scheduled' && at) {
    const payload: PublishScheduledPayload = { publicationId: current.id, at };
    await enqueueJob(tx, ctx, { kind: PUBLISH_SCHEDULED, payload, key, runAt: new Date(at) });
  }
  await recordEvent(tx, ctx, actor, {
    publicationId: current.id, fromStatus: from, toStatus: to, scheduledFor: to === 'scheduled' ? (at ?? null) : null, code, note: request.note ?? '',
  });
  await recordAudit(tx, ctx, actor, {
    action: `publication.${to === 'in_review' ? 'submit' : to === 'scheduled' ? 'schedule' : to === 'published' ? 'publish' : to === 'archived' ? 'archive' : 'to-draft'}`,
    entityKind: 'publication',
    entityId: current.id,
    summary: `Moved ${quoted(current.title)} from ${statusLabel(from)} to ${statusLabel(to)}${to === 'scheduled' ? ` for ${at}` : ''}${to === 'published' && code ? ` as ${code}` : ''}`,
  });
}
