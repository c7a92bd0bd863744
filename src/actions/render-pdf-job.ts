import type { Job } from '../domain/job.js';
import type { RenderPdfPayload } from '../domain/publication-pdf.js';
import type { ActionContext } from './action-context.js';
import type { JobResult } from './job-handlers.js';
import { makePublicationPdf } from './make-publication-pdf.js';

function payloadOf(job: Job): RenderPdfPayload {
  const payload = job.payload as Partial<RenderPdfPayload> | null;
  if (!payload || typeof payload.publicationId !== 'string') throw new Error(`render-pdf job ${job.id} has no publicationId in its payload`);
  return { publicationId: payload.publicationId };
}

/**
 * The `render-pdf` job: bring a public publication's PDF up to date after a
 * publish or an edit. Running twice is harmless (the second finds the PDF
 * of that content on disk); an item taken down meanwhile is left alone.
 */
export async function renderPdfJob(ctx: ActionContext, job: Job): Promise<JobResult> {
  const { publicationId } = payloadOf(job);
  const publication = await ctx.store.publications.findById(publicationId);
  if (!publication) return { outcome: 'cancelled', reason: 'the publication no longer exists' };
  if (publication.status !== 'published') return { outcome: 'cancelled', reason: `the publication is ${publication.status.replace('_', ' ')}` };
  const { outcome } = await makePublicationPdf(ctx, { id: publicationId });
  ctx.log.info('render-pdf job done', { id: publicationId, outcome });
  return { outcome: 'done' };
}
