import type { SetCookies } from '../domain/accounts.js';
import type { ActionContext } from './action-context.js';
import { accountsOf } from './account-services.js';

/** End the session the cookie carries (in the database, so the cookie is worthless even if kept). */
export async function signOut(ctx: ActionContext, input: { cookieHeader: string | null }): Promise<{ cookies: SetCookies }> {
  return { cookies: await accountsOf(ctx).signOut(input.cookieHeader) };
}
