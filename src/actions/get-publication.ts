import { notFound } from '../domain/errors.js';
import type { Publication } from '../domain/publication.js';
import { canView } from '../domain/publication-access.js';
import type { ActionContext } from './action-context.js';

/**
 * One publication by id, if this viewer may see it: readers published and
 * archived items, editors everything, authors also their own unpublished work.
 */
export async function getPublication(ctx: ActionContext, input: { id: string }): Promise<Publication> {
  const publication = await ctx.store.publications.findById(input.id);
  if (!publication || !canView(publication, ctx.user)) throw notFound(`Publication ${input.id}`);
  return publication;
}
