import type { ActionContext } from './action-context.js';
import { accountsOf } from './account-services.js';

/** True until the first account exists: the back office then offers only its setup page. */
export async function isSetupNeeded(ctx: ActionContext): Promise<boolean> {
  return !(await accountsOf(ctx).hasUsers());
}
