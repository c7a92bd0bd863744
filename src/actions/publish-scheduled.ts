import { tags } from '../domain/change-tags.js';
import type { Job, PublishScheduledPayload } from '../domain/job.js';
import { requirePermission } from '../domain/permissions.js';
import type { ActionContext } from './action-context.js';
import type { JobResult } from './job-handlers.js';
import { applyTransition } from './transition-publication.js';

function payloadOf(job: Job): PublishScheduledPayload {
  const payload = job.payload as Partial<PublishScheduledPayload> | null;
  if (!payload || typeof payload.publicationId !== 'string' || typeof payload.at !== 'string') {
    throw new Error(`publish-scheduled job ${job.id} has no publicationId and at in its payload`);
  }
  return { publicationId: payload.publicationId, at: payload.at };
}

/**
 * The `publish-scheduled` job: release a scheduled publication at its time,
 * drawing its series code then. An item that was moved back to draft or
 * review, or rescheduled to another time, is left alone (its newer job, if
 * any, does the work).
 */
export async function publishScheduled(ctx: ActionContext, job: Job): Promise<JobResult> {
  const actor = requirePermission(ctx.user, 'content.publish');
  const { publicationId, at } = payloadOf(job);
  const result = await ctx.store.transaction(async (tx): Promise<JobResult> => {
    const current = await tx.publications.findById(publicationId);
    if (!current) return { outcome: 'cancelled', reason: 'the publication no longer exists' };
    if (current.status !== 'scheduled') return { outcome: 'cancelled', reason: `the publication is ${current.status.replace('_', ' ')}, not scheduled` };
    if (current.scheduledAt !== at) return { outcome: 'cancelled', reason: `the publication was rescheduled for ${current.scheduledAt ?? 'no time'}` };
    await applyTransition(ctx, tx, actor, current, { to: 'published', at, note: 'released on schedule' });
    return { outcome: 'done' };
  });
  if (result.outcome === 'done') {
    ctx.events.emit([tags.publication(publicationId), tags.publicationLists]);
    ctx.log.info('scheduled publication released', { id: publicationId, at });
  }
  return result;
}
