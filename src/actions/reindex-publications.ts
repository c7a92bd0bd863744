import { requirePermission } from '../domain/permissions.js';
import type { ActionContext } from './action-context.js';
import { syncSearchIndex } from './sync-search-index.js';

export interface ReindexProgress {
  done: number;
  total: number;
}

export interface ReindexReport {
  /** Publications looked at. */
  publications: number;
  /** Of which readers can now find. */
  listed: number;
  /** Index rows dropped because their publication no longer exists. */
  forgotten: number;
}

export interface ReindexOptions {
  /** Publications per transaction. */
  batchSize?: number;
  onProgress?: (progress: ReindexProgress) => void;
}

/**
 * Rebuild the search index from the publications, through the same path
 * every write takes (syncSearchIndex), in batches of one transaction each.
 * The index stays searchable meanwhile: rows are replaced in place, oldest
 * publications first so that keys of the same day follow code order.
 */
export async function reindexPublications(ctx: ActionContext, options: ReindexOptions = {}): Promise<ReindexReport> {
  requirePermission(ctx.user, 'content.publish');
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const ids = await ctx.store.searchSources.listAllIds();
  options.onProgress?.({ done: 0, total: ids.length });
  for (let i = 0; i < ids.length; i += batchSize) {
    const batch = ids.slice(i, i + batchSize);
    await ctx.store.transaction((tx) => syncSearchIndex(ctx, tx, batch));
    options.onProgress?.({ done: Math.min(ids.length, i + batch.length), total: ids.length });
  }
  const existing = new Set(ids);
  const orphans = (await ctx.search.listIndexedIds(ctx.store.connection)).filter((id) => !existing.has(id));
  if (orphans.length) await ctx.store.transaction((tx) => ctx.search.forget(tx.connection, orphans));
  await ctx.search.optimize();
  const { listed } = await ctx.search.stats();
  ctx.log.info('search index rebuilt', { publications: ids.length, listed, forgotten: orphans.length });
  return { publications: ids.length, listed, forgotten: orphans.length };
}
