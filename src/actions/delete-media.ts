import { conflict } from '../domain/errors.js';
import type { ActionContext } from './action-context.js';
import { getEditableMedia } from './media-access.js';
import { quoted, recordAudit } from './record-audit.js';

/**
 * Remove a file from the library, with its variants. A file still used by
 * a publication, page or profile is refused (conflict) with the list of
 * where it is used in the message and in `details.usage`.
 */
export async function deleteMedia(ctx: ActionContext, input: { id: string }): Promise<void> {
  const { actor, media } = await getEditableMedia(ctx, input.id);
  await ctx.store.transaction(async (tx) => {
    const usage = await tx.media.findUsage(media.url);
    if (usage.length > 0) {
      const places = usage.map((u) => `${u.kind} ${quoted(u.title)} (${u.field})`).join('; ');
      throw conflict(`${quoted(media.originalName)} is still used by ${usage.length === 1 ? 'one item' : `${usage.length} items`}: ${places}. Remove it there first.`, { usage });
    }
    await tx.media.delete(media.id);
    await recordAudit(tx, ctx, actor, {
      action: 'media.delete', entityKind: 'media', entityId: media.id, summary: `Deleted ${quoted(media.originalName)} (${media.url})`,
    });
  });
  // The record is gone; the files follow. A file left behind by a crash here is harmless and unreferenced.
  for (const path of [media.path, ...media.variants.map((v) => v.path)]) await ctx.files.delete(path);
  ctx.log.info('media deleted', { id: media.id, by: actor.id });
}
