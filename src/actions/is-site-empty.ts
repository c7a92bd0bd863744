import type { ActionContext } from './action-context.js';

/** True before any content exists: `npm start` loads the demo institute then. */
export async function isSiteEmpty(ctx: ActionContext): Promise<boolean> {
  return ctx.store.isEmpty();
}
