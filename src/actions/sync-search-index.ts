import type { Store } from '../store/store.js';
import type { ActionContext } from './action-context.js';

/**
 * Bring the search index in line with these publications, inside the
 * caller's transaction `tx`: a published item is (re)indexed with its current
 * text and names, anything else leaves the index. Called by every write that
 * changes what readers can find (content saves, workflow steps, renames of
 * people, terms, units and series), so the index commits or rolls back with
 * the content.
 */
export async function syncSearchIndex(ctx: Pick<ActionContext, 'search'>, tx: Store, publicationIds: readonly string[]): Promise<void> {
  if (publicationIds.length === 0) return;
  const sources = await tx.searchSources.listSources(publicationIds);
  await ctx.search.sync(tx.connection, publicationIds, sources);
}
