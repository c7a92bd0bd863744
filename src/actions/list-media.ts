import { z } from 'zod';
import type { MediaFile } from '../domain/media.js';
import { requirePermission } from '../domain/permissions.js';
import type { ActionContext } from './action-context.js';
import { parseInput } from './parse-input.js';

const listInput = z.object({
  kind: z.enum(['image', 'document']).optional(),
  /** Words that must all appear in the file name, alt text or caption. */
  search: z.string().trim().max(200).optional(),
  /** Only the caller's uploads. */
  isMine: z.boolean().default(false),
  page: z.number().int().min(1, 'must be 1 or more').default(1),
  pageSize: z.number().int().min(1, 'must be 1 or more').max(100, 'must be at most 100').default(30),
});

export interface MediaPage {
  items: MediaFile[];
  total: number;
  page: number;
  pageSize: number;
}

/** The media library, newest first (anyone who writes content: figures are reused across items). */
export async function listMedia(ctx: ActionContext, input: z.input<typeof listInput> = {}): Promise<MediaPage> {
  const actor = requirePermission(ctx.user, 'content.edit_own');
  const data = parseInput(listInput, input);
  const { items, total } = await ctx.store.media.list({
    ...(data.kind ? { kind: data.kind } : {}),
    ...(data.search ? { search: data.search } : {}),
    ...(data.isMine ? { createdBy: actor.id } : {}),
    limit: data.pageSize,
    offset: (data.page - 1) * data.pageSize,
  });
  return { items, total, page: data.page, pageSize: data.pageSize };
}
