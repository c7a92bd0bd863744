import { createHash } from 'node:crypto';
import { z } from 'zod';
import { tags } from '../domain/change-tags.js';
import { invalidField, notFound } from '../domain/errors.js';
import { requirePermission, type Actor } from '../domain/permissions.js';
import type { Publication } from '../domain/publication.js';
import type { PublicationPdfRecord } from '../domain/publication-pdf.js';
import { isoNow, type ActionContext } from './action-context.js';
import { pdfOutput } from './ensure-publication-pdf.js';
import { parseInput } from './parse-input.js';
import { queuePdfRender } from './queue-pdf-render.js';
import { quoted, recordAudit } from './record-audit.js';
import { syncSearchIndex } from './sync-search-index.js';

const input = z.object({
  /** The publication's id or its code (`IP24112`). */
  publication: z.string().trim().min(1, 'name a publication by id or code'),
  /** A PDF document of the media library; null goes back to the generated PDF. */
  mediaId: z.string().trim().min(1, 'name a media document, or null for the generated PDF').nullable(),
});

export type SetPublicationPdfInput = z.input<typeof input>;

/**
 * Attach an uploaded PDF (a book, a report typeset elsewhere) in place of the
 * generated one, or drop it to go back to the generated PDF. The uploaded
 * file's text is read for search when `pdftotext` is at hand; without it the
 * PDF is served all the same and the reason is logged.
 */
export async function setPublicationPdf(ctx: ActionContext, raw: SetPublicationPdfInput): Promise<PublicationPdfRecord | null> {
  const actor = requirePermission(ctx.user, 'content.publish');
  const data = parseInput(input, raw);
  const publication = await findPublication(ctx, data.publication);
  if (data.mediaId === null) return dropUpload(ctx, publication, actor);

  const media = await ctx.store.media.findById(data.mediaId);
  if (!media) throw invalidField('mediaId', `no media file ${quoted(data.mediaId)}`);
  if (media.kind !== 'document' || media.mimeType !== 'application/pdf') {
    throw invalidField('mediaId', `${quoted(media.originalName)} is not a PDF document (it is ${media.mimeType})`);
  }
  const bytes = await ctx.files.read(media.path);
  const extracted = await pdfOutput(ctx).renderer.extractText(bytes);
  if (extracted.text === null) ctx.log.warn('uploaded PDF not indexed for search', { publication: publication.id, media: media.id, reason: extracted.reason });
  const record: PublicationPdfRecord = {
    publicationId: publication.id,
    kind: 'uploaded',
    uploadMediaId: media.id,
    contentHash: createHash('sha256').update(bytes).digest('hex'),
    filePath: media.path,
    sizeBytes: bytes.byteLength,
    pageCount: null,
    text: extracted.text ?? '',
    sourceRevision: publication.revision,
    updatedAt: isoNow(ctx),
  };
  await ctx.store.transaction(async (tx) => {
    await tx.publicationPdfs.save(record);
    await syncSearchIndex(ctx, tx, [publication.id]);
    await recordAudit(tx, ctx, actor, {
      action: 'publication.pdf',
      entityKind: 'publication',
      entityId: publication.id,
      summary: `Attached ${quoted(media.originalName)} as the PDF of ${quoted(publication.title)}`,
    });
  });
  ctx.events.emit([tags.publicationPdf(publication.id)]);
  ctx.log.info('publication PDF uploaded', { id: publication.id, media: media.id, by: actor.id });
  return record;
}

async function findPublication(ctx: ActionContext, idOrCode: string): Promise<Publication> {
  const publication = (await ctx.store.publications.findById(idOrCode)) ?? (await ctx.store.publications.findByCode(idOrCode));
  if (!publication) throw notFound(`Publication ${idOrCode}`);
  return publication;
}

async function dropUpload(ctx: ActionContext, publication: Publication, actor: Actor): Promise<null> {
  await ctx.store.transaction(async (tx) => {
    const current = await tx.publicationPdfs.find(publication.id);
    if (current?.kind !== 'uploaded') return;
    await tx.publicationPdfs.delete(publication.id);
    await syncSearchIndex(ctx, tx, [publication.id]);
    if (publication.status === 'published') await queuePdfRender(tx, ctx, publication.id);
    await recordAudit(tx, ctx, actor, {
      action: 'publication.pdf',
      entityKind: 'publication',
      entityId: publication.id,
      summary: `Went back to the generated PDF of ${quoted(publication.title)}`,
    });
  });
  ctx.events.emit([tags.publicationPdf(publication.id)]);
  return null;
}
