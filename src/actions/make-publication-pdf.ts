import { z } from 'zod';
import { notFound } from '../domain/errors.js';
import { requirePermission } from '../domain/permissions.js';
import type { PublicationPdfRecord } from '../domain/publication-pdf.js';
import type { ActionContext } from './action-context.js';
import { ensurePublicationPdf, type PdfOutcome } from './ensure-publication-pdf.js';
import { parseInput } from './parse-input.js';

const makeInput = z.object({ id: z.string().min(1) });

/**
 * Make (or confirm) one publication's PDF, hashing its content afresh: the
 * `render-pdf` job and `imprint pdf` call this. Nothing is typeset when the
 * PDF of that content already exists (`unchanged`).
 */
export async function makePublicationPdf(ctx: ActionContext, input: z.input<typeof makeInput>): Promise<{ record: PublicationPdfRecord; outcome: PdfOutcome }> {
  requirePermission(ctx.user, 'content.publish');
  const { id } = parseInput(makeInput, input);
  const publication = await ctx.store.publications.findById(id);
  if (!publication) throw notFound(`Publication ${id}`);
  return ensurePublicationPdf(ctx, publication, { recheck: true });
}
