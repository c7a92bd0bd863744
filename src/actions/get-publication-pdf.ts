import type { Publication } from '../domain/publication.js';
import { pdfFileName, type PublicationPdfRecord } from '../domain/publication-pdf.js';
import type { ActionContext } from './action-context.js';
import { ensurePublicationPdf, pdfOutput } from './ensure-publication-pdf.js';
import { getPublicationPage } from './get-publication-page.js';

export type PublicationPdfLookup =
  | { kind: 'moved'; seriesSlug: string; handle: string }
  | { kind: 'found'; publication: Publication; record: PublicationPdfRecord; fileName: string; read(): Promise<Uint8Array> };

/**
 * The PDF at `/publications/{series}/{handle}.pdf`, for whoever may open the
 * page: the uploaded PDF when there is one, else the generated one, made
 * now if the jobs have not made it yet. Outdated handles move like the page.
 */
export async function getPublicationPdf(ctx: ActionContext, input: { seriesSlug: string; handle: string }): Promise<PublicationPdfLookup> {
  const lookup = await getPublicationPage(ctx, input);
  if (lookup.kind === 'moved') return lookup;
  const { publication } = lookup.data;
  const { record } = await ensurePublicationPdf(ctx, publication);
  return {
    kind: 'found',
    publication,
    record,
    fileName: pdfFileName(publication),
    read: () => readPdf(ctx, record),
  };
}

/**
 * The PDF's record for a publication the caller already holds (its page
 * prints the size). A PDF that cannot be made leaves the page without the
 * link rather than without the page.
 */
export async function findPublicationPdf(ctx: ActionContext, publication: Publication): Promise<PublicationPdfRecord | undefined> {
  if (!ctx.pdf) return undefined;
  try {
    return (await ensurePublicationPdf(ctx, publication, { announce: false })).record;
  } catch (error) {
    ctx.log.error('publication PDF could not be made', { id: publication.id, error: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

export function readPdf(ctx: ActionContext, record: PublicationPdfRecord): Promise<Uint8Array> {
  return record.kind === 'uploaded' ? ctx.files.read(record.filePath) : pdfOutput(ctx).files.read(record.filePath);
}
