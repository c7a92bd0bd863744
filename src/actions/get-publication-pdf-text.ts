import { notFound } from '../domain/errors.js';
import type { PublicationPdfKind } from '../domain/publication-pdf.js';
import type { ActionContext } from './action-context.js';
import { ensurePublicationPdf } from './ensure-publication-pdf.js';
import { viewableStatuses } from './visibility.js';

/**
 * The words of a publication's PDF as plain text: for a generated PDF the
 * source text it was typeset from (title, byline, synopsis, body with
 * captions and notes, bio, categories); for an uploaded one what
 * `pdftotext` read from it ('' when it could not be read; the reason was
 * logged when it was attached). The search index takes the uploaded text.
 */
export async function getPublicationPdfText(ctx: ActionContext, input: { id: string }): Promise<{ kind: PublicationPdfKind; text: string }> {
  const publication = await ctx.store.publications.findById(input.id);
  if (!publication || !viewableStatuses(ctx.user).includes(publication.status)) throw notFound(`Publication ${input.id}`);
  const { record } = await ensurePublicationPdf(ctx, publication, { announce: false });
  return { kind: record.kind, text: record.text };
}
