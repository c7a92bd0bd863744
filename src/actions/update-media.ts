import { z } from 'zod';
import { invalidField } from '../domain/errors.js';
import type { MediaFile } from '../domain/media.js';
import { isoNow, type ActionContext } from './action-context.js';
import { getEditableMedia } from './media-access.js';
import { parseInput } from './parse-input.js';
import { quoted, recordAudit } from './record-audit.js';

const updateInput = z.object({
  id: z.string().min(1),
  alt: z.string().trim().max(1000, 'must be at most 1000 characters').optional(),
  caption: z.string().trim().max(2000, 'must be at most 2000 characters').optional(),
  credit: z.string().trim().max(500, 'must be at most 500 characters').optional(),
});

/**
 * Change the alt text, caption or credit of a library file (left-out fields
 * keep their value). An image's alt text cannot be emptied. Bodies keep
 * their own figure text; this is the library's default for new figures.
 */
export async function updateMedia(ctx: ActionContext, input: z.input<typeof updateInput>): Promise<MediaFile> {
  const data = parseInput(updateInput, input);
  const { actor, media } = await getEditableMedia(ctx, data.id);
  const next = { alt: data.alt ?? media.alt, caption: data.caption ?? media.caption, credit: data.credit ?? media.credit };
  if (media.kind === 'image' && !next.alt) throw invalidField('alt', 'an image needs alt text describing what it shows');
  const updatedAt = isoNow(ctx);
  await ctx.store.transaction(async (tx) => {
    await tx.media.updateText(media.id, { ...next, updatedAt });
    await recordAudit(tx, ctx, actor, {
      action: 'media.update', entityKind: 'media', entityId: media.id, summary: `Edited the description of ${quoted(media.originalName)} (${media.url})`,
    });
  });
  return { ...media, ...next, updatedAt };
}
