import { notFound } from '../domain/errors.js';
import type { MediaFile } from '../domain/media.js';
import { requirePermission } from '../domain/permissions.js';
import type { ActionContext } from './action-context.js';

/** One library file. */
export async function getMedia(ctx: ActionContext, input: { id: string }): Promise<MediaFile> {
  requirePermission(ctx.user, 'content.edit_own');
  const media = await ctx.store.media.findById(input.id);
  if (!media) throw notFound(`Media file ${input.id}`);
  return media;
}
