import { tags } from '../domain/change-tags.js';
import type { Publication } from '../domain/publication.js';
import type { PdfOutput, PublicationPdfRecord } from '../domain/publication-pdf.js';
import { isoNow, type ActionContext } from './action-context.js';
import { loadPdfSource } from './pdf-source.js';
import { syncSearchIndex } from './sync-search-index.js';

/**
 * `made`: typeset now. `unchanged`: the PDF of this content hash was already
 * on disk (no typesetting). `current`: the record was made from this very
 * revision. `uploaded`: an uploaded PDF stands in for the generated one.
 */
export type PdfOutcome = 'made' | 'unchanged' | 'current' | 'uploaded';

export function pdfOutput(ctx: ActionContext): PdfOutput {
  if (!ctx.pdf) throw new Error('PDF output is not configured in this action context');
  return ctx.pdf;
}

/**
 * Bring a publication's PDF up to date and return its record. The file is
 * kept under its content hash, so an unchanged publication (same text,
 * settings, images, template, fonts) is never typeset again, and the ETag
 * changes exactly when the bytes do. A record made from the current
 * revision, after the last change to the settings and names it prints, is
 * trusted without hashing; `recheck` hashes the content anyway (the job and
 * `imprint pdf`: a new template or fonts change the hash). `announce: false`
 * keeps the change tag in: a page that makes its own PDF while rendering
 * prints the new one already, and would otherwise refuse to be cached.
 */
export async function ensurePublicationPdf(
  ctx: ActionContext, publication: Publication, options: { recheck?: boolean; announce?: boolean } = {},
): Promise<{ record: PublicationPdfRecord; outcome: PdfOutcome }> {
  const pdf = pdfOutput(ctx);
  const existing = await ctx.store.publicationPdfs.find(publication.id);
  // An uploaded file that is gone (its media deleted) no longer stands in: make the generated one.
  const lostUpload = existing?.kind === 'uploaded' && !(await ctx.files.exists(existing.filePath)) ? existing : undefined;
  if (existing?.kind === 'uploaded' && !lostUpload) return { record: existing, outcome: 'uploaded' };
  if (lostUpload) ctx.log.warn('uploaded PDF is missing; generating one', { id: publication.id, media: lostUpload.uploadMediaId });
  if (existing && !options.recheck && existing.sourceRevision === publication.revision
    && existing.updatedAt >= (await ctx.store.publicationPdfs.lastPrintedNamesChange()) && (await pdf.files.exists(existing.filePath))) {
    return { record: existing, outcome: 'current' };
  }

  const prepared = await pdf.renderer.prepare(await loadPdfSource(ctx, publication, pdf.baseUrl));
  const filePath = `${prepared.contentHash}.pdf`;
  let outcome: PdfOutcome = 'unchanged';
  let pageCount = existing?.contentHash === prepared.contentHash ? existing.pageCount : null;
  let sizeBytes: number;
  if (await pdf.files.exists(filePath)) {
    sizeBytes = existing?.contentHash === prepared.contentHash ? existing.sizeBytes : (await pdf.files.read(filePath)).byteLength;
  } else {
    const compiled = await prepared.compile();
    await pdf.files.write(filePath, compiled.pdf);
    sizeBytes = compiled.pdf.byteLength;
    pageCount = compiled.pageCount;
    outcome = 'made';
  }
  const record: PublicationPdfRecord = {
    publicationId: publication.id,
    kind: 'generated',
    uploadMediaId: null,
    contentHash: prepared.contentHash,
    filePath,
    sizeBytes,
    pageCount,
    text: prepared.text,
    sourceRevision: publication.revision,
    updatedAt: isoNow(ctx),
  };
  const isNewFile = existing?.contentHash !== record.contentHash;
  const isSaved = await ctx.store.transaction(async (tx) => {
    // An upload that arrived while this PDF was typeset wins.
    const latest = await tx.publicationPdfs.find(publication.id);
    if (latest?.kind === 'uploaded' && latest.updatedAt !== lostUpload?.updatedAt) return false;
    await tx.publicationPdfs.save(record);
    // Only an uploaded PDF's text is indexed (a generated one prints the indexed fields).
    if (lostUpload) await syncSearchIndex(ctx, tx, [publication.id]);
    return true;
  });
  // The superseded PDF goes, so edits do not pile files up; a reader who
  // looked it up a moment before asks again (see the PDF route).
  if (isSaved && existing?.kind === 'generated' && existing.filePath !== filePath) await pdf.files.delete(existing.filePath);
  if (isNewFile) {
    if (options.announce ?? true) ctx.events.emit([tags.publicationPdf(publication.id)]);
    ctx.log.debug('publication PDF updated', { id: publication.id, code: publication.code, hash: record.contentHash, outcome });
  }
  return { record, outcome };
}
