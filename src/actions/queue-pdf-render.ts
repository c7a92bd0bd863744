import { requirePermission } from '../domain/permissions.js';
import { RENDER_PDF, type RenderPdfPayload } from '../domain/publication-pdf.js';
import type { Store } from '../store/store.js';
import type { ActionContext } from './action-context.js';
import { enqueueJob } from './enqueue-job.js';

/**
 * Queue the `render-pdf` job of a public publication inside the write that
 * changed it, so the job exists exactly when the change committed. Earlier
 * queued renders of the same item are cancelled: the newest does the work.
 */
export async function queuePdfRender(tx: Store, ctx: Pick<ActionContext, 'clock'>, publicationId: string): Promise<void> {
  const key = `pdf:${publicationId}`;
  await tx.jobs.cancelQueued(RENDER_PDF, key, ctx.clock.now().toISOString());
  const payload: RenderPdfPayload = { publicationId };
  await enqueueJob(tx, ctx, { kind: RENDER_PDF, payload, key });
}

/**
 * After writes committed: queue the PDF of every public publication among
 * the changed ones. A server hands its own writes' change tags here (see
 * services.ts), so an edit or a publish is typeset in the background before
 * the first reader asks; a PDF asked for sooner is made on the spot.
 */
export async function queuePdfRenders(ctx: ActionContext, input: { publicationIds: readonly string[] }): Promise<number> {
  requirePermission(ctx.user, 'content.publish');
  const ids = [...new Set(input.publicationIds)];
  if (ids.length === 0) return 0;
  return ctx.store.transaction(async (tx) => {
    let queued = 0;
    for (const id of ids) {
      const publication = await tx.publications.findById(id);
      if (publication?.status !== 'published') continue;
      await queuePdfRender(tx, ctx, id);
      queued += 1;
    }
    return queued;
  });
}

/** The publication ids among change tags (`publication:ID`). */
export function publicationIdsOf(tags: readonly string[]): string[] {
  return tags.flatMap((tag) => (tag.startsWith('publication:') ? [tag.slice('publication:'.length)] : []));
}
