import { requirePermission } from '../domain/permissions.js';
import type { ActionContext } from './action-context.js';

/** The context an import works in, and how it runs one item. */
export interface ImportRun {
  ctx: ActionContext;
  isDryRun: boolean;
  /**
   * Run one item. A failure undoes that item's writes only and is thrown to
   * the caller, which reports it and goes on with the next item.
   */
  item<T>(work: (ctx: ActionContext) => Promise<T>): Promise<T>;
}

class DryRunFinished<T> extends Error {
  constructor(readonly result: T) {
    super('dry run finished');
  }
}

/**
 * Run an import. For real, each item's actions commit their own
 * transaction, so an interrupted import keeps what it finished. A dry run
 * does everything in one transaction and rolls it back, so what it reports
 * (created, updated, skipped) is exactly what a real run would do; each item
 * sits in a savepoint, so one failing item does not spoil the rest.
 */
export async function runImport<T>(ctx: ActionContext, options: { isDryRun: boolean }, work: (run: ImportRun) => Promise<T>): Promise<T> {
  requirePermission(ctx.user, 'content.publish');
  if (!options.isDryRun) {
    return work({ ctx, isDryRun: false, item: (itemWork) => itemWork(ctx) });
  }
  try {
    await ctx.store.transaction(async (tx) => {
      // Nothing a dry run does reaches the page cache, other app nodes or the files directory.
      const files = { ...ctx.files, write: async () => undefined, delete: async () => undefined };
      const dry: ActionContext = { ...ctx, store: tx, files, events: { emit: () => undefined, subscribe: ctx.events.subscribe }, log: { ...ctx.log, info: ctx.log.debug } };
      const result = await work({ ctx: dry, isDryRun: true, item: (itemWork) => tx.importItems.withSavepoint(() => itemWork(dry)) });
      throw new DryRunFinished(result);
    });
  } catch (error) {
    if (error instanceof DryRunFinished) return error.result as T;
    throw error;
  }
  throw new Error('unreachable: a dry run always rolls back');
}
