import type { Actor } from '../domain/permissions.js';
import { actorOfUser } from '../domain/user-account.js';
import { isoNow, type ActionContext } from './action-context.js';
import { accountsOf } from './account-services.js';

/**
 * The actor a bearer token stands for; null when the token is unknown,
 * revoked, or its user is disabled. No permission applies: this is how an
 * API caller is known in the first place.
 */
export async function authenticateApiToken(ctx: ActionContext, input: { token: string }): Promise<Actor | null> {
  const found = await accountsOf(ctx).findUserByApiToken(input.token, isoNow(ctx));
  return found ? actorOfUser(found.user) : null;
}
