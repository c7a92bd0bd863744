import { forbidden, notFound } from '../domain/errors.js';
import type { MediaFile } from '../domain/media.js';
import { can, requirePermission, type Actor } from '../domain/permissions.js';
import type { ActionContext } from './action-context.js';

/** A media file `ctx.user` may change: editors and admins any, authors their own uploads. */
export async function getEditableMedia(ctx: ActionContext, id: string): Promise<{ actor: Actor; media: MediaFile }> {
  const actor = requirePermission(ctx.user, 'content.edit_own');
  const media = await ctx.store.media.findById(id);
  if (!media) throw notFound(`Media file ${id}`);
  if (!can(actor, 'content.edit_any') && media.createdBy !== actor.id) {
    throw forbidden('an author can only change the files they uploaded');
  }
  return { actor, media };
}
