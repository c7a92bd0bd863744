import type { SetCookies } from '../domain/accounts.js';
import type { Actor } from '../domain/permissions.js';
import { actorOfUser, type UserAccount } from '../domain/user-account.js';
import type { ActionContext } from './action-context.js';
import { accountsOf } from './account-services.js';

export interface SessionActor {
  actor: Actor;
  user: UserAccount;
  /** Secret to the session: the admin derives its CSRF tokens from it. */
  sessionToken: string;
  /** Set-Cookie values to send when the session's lifetime moved. */
  cookies: SetCookies;
}

/**
 * Who a request's session cookie belongs to; null for no session, an
 * expired or revoked one, or a disabled account. No permission applies:
 * this is how the caller is known in the first place.
 */
export async function getSessionActor(ctx: ActionContext, input: { cookieHeader: string | null }): Promise<SessionActor | null> {
  const session = await accountsOf(ctx).findSession(input.cookieHeader);
  if (!session) return null;
  return { actor: actorOfUser(session.user), user: session.user, sessionToken: session.sessionToken, cookies: session.cookies };
}
