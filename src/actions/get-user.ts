import { notFound } from '../domain/errors.js';
import { requirePermission } from '../domain/permissions.js';
import type { UserAccount } from '../domain/user-account.js';
import type { ActionContext } from './action-context.js';
import { accountsOf } from './account-services.js';

/** One account by id (admins only). */
export async function getUser(ctx: ActionContext, input: { id: string }): Promise<UserAccount> {
  requirePermission(ctx.user, 'users.manage');
  const user = await accountsOf(ctx).findUser(input.id);
  if (!user) throw notFound('User');
  return user;
}
