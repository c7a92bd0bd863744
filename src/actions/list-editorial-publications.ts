import { z } from 'zod';
import { can, requirePermission } from '../domain/permissions.js';
import { STATUSES, type PublicationStatus } from '../domain/workflow.js';
import type { ActionContext } from './action-context.js';
import type { PublicationPage } from './list-publications.js';
import { parseInput } from './parse-input.js';
import { resolveSeries } from './resolve-references.js';

const listInput = z.object({
  statuses: z.array(z.enum(STATUSES as [PublicationStatus, ...PublicationStatus[]])).max(5).optional(),
  /** Only the caller's own items (always on for authors). */
  isMine: z.boolean().default(false),
  series: z.string().trim().min(1).optional(),
  /** Words that must all appear in the title or the code. */
  search: z.string().trim().max(200).optional(),
  sort: z.enum(['updated_desc', 'date_desc', 'date_asc', 'title_asc']).default('updated_desc'),
  page: z.number().int().min(1, 'must be 1 or more').default(1),
  pageSize: z.number().int().min(1, 'must be 1 or more').max(100, 'must be at most 100').default(25),
});

export type ListEditorialPublicationsInput = z.input<typeof listInput>;

/**
 * The back office's publication list: every status, filtered and sorted.
 * Editors and admins see all items; authors only their own (created by
 * them or naming their person record).
 */
export async function listEditorialPublications(ctx: ActionContext, input: ListEditorialPublicationsInput = {}): Promise<PublicationPage> {
  const actor = requirePermission(ctx.user, 'content.edit_own');
  const data = parseInput(listInput, input);
  const isMine = data.isMine || !can(actor, 'content.read_unpublished');
  const series = data.series ? await resolveSeries(ctx.store, data.series) : undefined;
  const { items, total } = await ctx.store.publications.list({
    ...(data.statuses ? { statuses: data.statuses } : {}),
    ...(isMine ? { ownedBy: { userId: actor.id, personId: actor.personId } } : {}),
    ...(series ? { seriesIds: [series.id] } : {}),
    ...(data.search ? { titleSearch: data.search } : {}),
    sort: data.sort,
    limit: data.pageSize,
    offset: (data.page - 1) * data.pageSize,
  });
  return { items, total, page: data.page, pageSize: data.pageSize };
}
