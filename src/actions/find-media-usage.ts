import { notFound } from '../domain/errors.js';
import type { MediaFile } from '../domain/media.js';
import { requirePermission } from '../domain/permissions.js';
import type { MediaUsage } from '../store/repositories/media-repository.js';
import type { ActionContext } from './action-context.js';

export type { MediaUsage };

/**
 * Where a library file is used: publications (body or bio), pages (body)
 * and staff profiles (photo or bio) that refer to its `/files/...` URL.
 */
export async function findMediaUsage(ctx: ActionContext, input: { id: string }): Promise<{ media: MediaFile; usage: MediaUsage[] }> {
  requirePermission(ctx.user, 'content.edit_own');
  const media = await ctx.store.media.findById(input.id);
  if (!media) throw notFound(`Media file ${input.id}`);
  return { media, usage: await ctx.store.media.findUsage(media.url) };
}
