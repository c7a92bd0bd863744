import { z } from 'zod';
import { invalid, invalidField, type FieldIssue } from '../domain/errors.js';
import { newId } from '../domain/ids.js';
import {
  formatBytes, MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES, mediaFilePath, mediaUrl, safeFileStem, variantPath, variantWidths,
  type MediaFile, type MediaVariant,
} from '../domain/media.js';
import { ACCEPTED_TYPES_LABEL, sniffMediaType } from '../domain/media-type.js';
import { requirePermission } from '../domain/permissions.js';
import { isoNow, type ActionContext } from './action-context.js';
import { parseInput } from './parse-input.js';
import { quoted, recordAudit } from './record-audit.js';

const uploadInput = z.object({
  /** The name the file had on the uploader's computer; only used for the stored name. */
  filename: z.string().trim().min(1, 'must not be empty').max(255, 'must be at most 255 characters'),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'must be the file content' }),
  /** Required for images: what the image shows, for readers who cannot see it. */
  alt: z.string().trim().max(1000, 'must be at most 1000 characters').default(''),
  caption: z.string().trim().max(2000, 'must be at most 2000 characters').default(''),
  credit: z.string().trim().max(500, 'must be at most 500 characters').default(''),
});

export type UploadMediaInput = z.input<typeof uploadInput>;

/**
 * Add a file to the media library. The type comes from the content's first
 * bytes (JPEG, PNG, WebP, GIF images; PDF documents); the file name and
 * any claimed MIME type are ignored. Images need alt text, may be at most
 * 20 MB and get WebP copies 480/960/1600 px wide (never wider than the
 * original) for srcset; PDFs may be at most 50 MB. Stored under
 * `files/media/YYYY/MM/<id>-<name>.<ext>` and served at `/files/...`.
 * Errors name the field (`bytes`, `alt`, `filename`); nothing is kept then.
 */
export async function uploadMedia(ctx: ActionContext, input: UploadMediaInput): Promise<MediaFile> {
  const actor = requirePermission(ctx.user, 'content.edit_own');
  const data = parseInput(uploadInput, input);
  const type = data.bytes.length === 0 ? null : sniffMediaType(data.bytes);
  if (data.bytes.length === 0) throw invalidField('bytes', `${quoted(data.filename)} is empty`);
  if (!type) {
    throw invalidField('bytes', `${quoted(data.filename)} is not a file the library takes: its content is not one of ${ACCEPTED_TYPES_LABEL} (the content is checked, not the name)`);
  }
  const issues: FieldIssue[] = [];
  const limit = type.kind === 'image' ? MAX_IMAGE_BYTES : MAX_DOCUMENT_BYTES;
  if (data.bytes.length > limit) {
    issues.push({ field: 'bytes', message: `${quoted(data.filename)} is ${formatBytes(data.bytes.length)}; ${type.kind === 'image' ? 'images' : 'PDF documents'} may be at most ${formatBytes(limit)}` });
  }
  if (type.kind === 'image' && !data.alt) {
    issues.push({ field: 'alt', message: 'describe what the image shows for readers who cannot see it (alt text is required for images)' });
  }
  if (issues.length) throw invalid(issues);

  const uploadedAt = ctx.clock.now();
  const id = newId(uploadedAt.getTime());
  const path = mediaFilePath(id, uploadedAt, safeFileStem(data.filename), type.extension);
  let width: number | null = null;
  let height: number | null = null;
  const variants: { variant: MediaVariant; bytes: Uint8Array }[] = [];
  if (type.kind === 'image') {
    try {
      ({ width, height } = await ctx.images.inspect(data.bytes));
      for (const target of variantWidths(width)) {
        const made = await ctx.images.toWebp(data.bytes, target);
        variants.push({ variant: { width: made.width, height: made.height, path: variantPath(path, made.width), sizeBytes: made.bytes.length }, bytes: made.bytes });
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw invalidField('bytes', `${quoted(data.filename)} starts like a ${type.label} but could not be read as one (${reason})`);
    }
  }

  const now = isoNow(ctx);
  const media: MediaFile = {
    id, kind: type.kind, path, url: mediaUrl(path), originalName: data.filename, mimeType: type.mimeType,
    sizeBytes: data.bytes.length, width, height, alt: data.alt, caption: data.caption, credit: data.credit,
    variants: variants.map((v) => v.variant), createdBy: actor.id, createdAt: now, updatedAt: now,
  };
  const written = [path, ...variants.map((v) => v.variant.path)];
  try {
    await ctx.files.write(path, data.bytes);
    for (const v of variants) await ctx.files.write(v.variant.path, v.bytes);
    await ctx.store.transaction(async (tx) => {
      await tx.media.insert(media);
      await recordAudit(tx, ctx, actor, {
        action: 'media.upload', entityKind: 'media', entityId: id,
        summary: `Uploaded ${type.label} ${quoted(data.filename)} (${formatBytes(data.bytes.length)}) as ${media.url}`,
      });
    });
  } catch (error) {
    // No record, no files: an upload that failed leaves nothing behind.
    await Promise.all(written.map((p) => ctx.files.delete(p).catch(() => undefined)));
    throw error;
  }
  ctx.log.info('media uploaded', { id, path, by: actor.id, variants: media.variants.length });
  return media;
}
