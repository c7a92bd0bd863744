import { createHash } from 'node:crypto';
import { z } from 'zod';
import { invalidField } from '../domain/errors.js';
import { bareName } from '../domain/person.js';
import { requirePermission } from '../domain/permissions.js';
import { slugify } from '../domain/slug.js';
import type { ActionContext } from './action-context.js';
import { deleteMedia } from './delete-media.js';
import { contentHash } from './import-references.js';
import { importPublication, type ImportOutcome } from './import-publication.js';
import { storedDateField } from './input-fields.js';
import { parseInput } from './parse-input.js';
import { resolveSeries } from './resolve-references.js';
import { uploadMedia } from './upload-media.js';

const importInput = z.object({
  /** The uploaded file's name: messages name it, and stored images are named after it. */
  filename: z.string().trim().min(1, 'must not be empty').max(255),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'must be the file content' }),
  series: z.string().trim().min(1, 'must name a series'),
  /** Override what the document says (or supply what it does not). */
  title: z.string().trim().min(1).max(300).optional(),
  date: storedDateField.optional(),
  authors: z.array(z.string().trim().min(1).max(200)).max(30).optional(),
  /** Imported as a draft unless told otherwise: a Word document is usually on its way to review. */
  status: z.enum(['draft', 'published']).default('draft'),
  shouldOverwrite: z.boolean().default(false),
});

export type ImportDocxInput = z.input<typeof importInput>;

export interface ImportDocxOutcome extends ImportOutcome {
  title: string;
  /** Media library ids of the figures' pictures stored by this import. */
  mediaIds: string[];
  footnotes: number;
  warnings: string[];
}

/**
 * A Word document as a publication: headings, emphasis, lists, tables and
 * footnotes as Markdown; each picture into the media library (under
 * /files/media/...) and into the text as a figure with its caption and
 * credit. The same document imported again into the same series changes
 * nothing; a revised one (same title) updates the publication.
 */
export async function importDocx(ctx: ActionContext, input: ImportDocxInput): Promise<ImportDocxOutcome> {
  requirePermission(ctx.user, 'content.publish');
  const data = parseInput(importInput, input);
  if (!ctx.documents) throw new Error('importDocx needs a document converter in the action context');
  const series = await resolveSeries(ctx.store, data.series);
  const document = await ctx.documents.convert(data.bytes, data.filename);
  const title = data.title ?? document.title;
  if (!title) throw invalidField('title', `${data.filename} has no title (no paragraph in the Title style); give one`);
  const date = data.date ?? document.date ?? ctx.clock.now().toISOString().slice(0, 10);
  const authors = (data.authors ?? document.authors).map((name) => ({ name, honorific: name.slice(0, name.length - bareName(name).length).trim() }));
  const key = `${series.slug}/${slugify(title) || 'untitled'}`;
  const sourceHash = contentHash({
    title, date, authors, synopsis: document.synopsis, markdown: document.markdown, status: data.status,
    images: document.images.map((i) => createHash('sha256').update(i.bytes).digest('hex')),
  });
  const done = (outcome: ImportOutcome, mediaIds: string[]): ImportDocxOutcome => ({ ...outcome, title, mediaIds, footnotes: document.footnotes, warnings: document.warnings });

  const known = await ctx.store.importItems.find('docx', key);
  if (known?.contentHash === sourceHash && known.entityId && (await ctx.store.publications.findById(known.entityId))) {
    return done({ outcome: 'unchanged', reason: 'imported before; the document has not changed', publicationId: known.entityId, code: null, createdPeople: [], createdTerms: [] }, []);
  }

  // Pictures go to the media library first: the text must name their addresses.
  const stored: { id: string; placeholder: string; url: string }[] = [];
  let body = document.markdown;
  try {
    for (const [index, image] of document.images.entries()) {
      const extension = image.contentType.split('/')[1]?.replace('jpeg', 'jpg') ?? 'bin';
      const media = await uploadMedia(ctx, {
        filename: `${slugify(title, 50)}-figure-${index + 1}.${extension}`,
        bytes: image.bytes,
        alt: image.alt || `Figure ${index + 1} of “${title}”`,
        caption: image.caption,
        credit: image.credit,
      });
      stored.push({ id: media.id, placeholder: image.placeholder, url: media.url });
      body = body.split(`src: ${image.placeholder}\n`).join(`src: ${media.url}\n`);
    }
    const outcome = await importPublication(ctx, {
      source: 'docx', key, sourceHash, series: series.id, title, date, synopsis: document.synopsis ?? '', body,
      authors, status: data.status, shouldOverwrite: data.shouldOverwrite,
      data: { file: data.filename, images: stored.map((s) => s.id), warnings: document.warnings },
    });
    if (outcome.outcome === 'skipped') await removeMedia(ctx, stored);
    return done(outcome, outcome.outcome === 'skipped' ? [] : stored.map((s) => s.id));
  } catch (error) {
    // Nothing of a failed import stays behind, pictures included.
    await removeMedia(ctx, stored);
    throw error;
  }
}

async function removeMedia(ctx: ActionContext, stored: readonly { id: string }[]): Promise<void> {
  for (const media of stored) await deleteMedia(ctx, { id: media.id }).catch(() => undefined);
}
