import { z } from 'zod';
import type { MediaFile } from '../domain/media.js';
import { notFound } from '../domain/errors.js';
import { requirePermission } from '../domain/permissions.js';
import type { ActionContext } from './action-context.js';
import { parseInput } from './parse-input.js';

const input = z.object({ id: z.string().trim().min(1) });

/** The PDF documents offered in one choice: the newest, as many as a select list stays usable with. */
const MAX_DOCUMENTS = 200;

export interface PdfChoice {
  /** The uploaded document that stands in for the generated PDF, or null when the generated one is served. */
  uploaded: MediaFile | null;
  /** The PDF documents of the media library an editor may attach, newest first. */
  documents: MediaFile[];
}

/**
 * What the editor's PDF panel offers for one publication: which file its PDF
 * is now, and the library's PDF documents to put in its place (books and
 * reports typeset elsewhere). Publishers only, like setPublicationPdf.
 */
export async function getPdfChoice(ctx: ActionContext, raw: z.input<typeof input>): Promise<PdfChoice> {
  requirePermission(ctx.user, 'content.publish');
  const { id } = parseInput(input, raw);
  if (!(await ctx.store.publications.findById(id))) throw notFound(`Publication ${id}`);
  const record = await ctx.store.publicationPdfs.find(id);
  const uploaded = record?.kind === 'uploaded' && record.uploadMediaId ? (await ctx.store.media.findById(record.uploadMediaId)) ?? null : null;
  const { items } = await ctx.store.media.list({ kind: 'document', limit: MAX_DOCUMENTS, offset: 0 });
  return { uploaded, documents: items.filter((item) => item.mimeType === 'application/pdf') };
}
