import type { Series } from '../domain/series.js';
import type { ActionContext } from './action-context.js';

/** Every series, institute publications first, in the institute's order. */
export async function listSeries(ctx: ActionContext): Promise<Series[]> {
  return ctx.store.series.list();
}
