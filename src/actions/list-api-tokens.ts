import { DomainError } from '../domain/errors.js';
import { requirePermission } from '../domain/permissions.js';
import type { ApiTokenInfo } from '../domain/user-account.js';
import type { ActionContext } from './action-context.js';
import { accountsOf } from './account-services.js';

export interface ApiTokenListing extends ApiTokenInfo {
  userEmail: string;
  userName: string;
}

/** API tokens, newest first: your own, or (`scope: 'all'`, admins) everyone's. */
export async function listApiTokens(ctx: ActionContext, input: { scope?: 'own' | 'all' } = {}): Promise<ApiTokenListing[]> {
  const actor = ctx.user;
  if (!actor) throw new DomainError('unauthenticated', 'Sign in to see API tokens');
  const isAll = input.scope === 'all';
  if (isAll) requirePermission(actor, 'users.manage');
  const accounts = accountsOf(ctx);
  const [tokens, users] = await Promise.all([accounts.listApiTokens(isAll ? undefined : actor.id), accounts.listUsers()]);
  const byId = new Map(users.map((u) => [u.id, u]));
  return tokens.map((t) => ({ ...t, userEmail: byId.get(t.userId)?.email ?? '', userName: byId.get(t.userId)?.name ?? '' }));
}
