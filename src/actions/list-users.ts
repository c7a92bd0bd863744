import { requirePermission } from '../domain/permissions.js';
import type { UserAccount } from '../domain/user-account.js';
import type { ActionContext } from './action-context.js';
import { accountsOf } from './account-services.js';

/** Every account, by name (admins only). */
export async function listUsers(ctx: ActionContext): Promise<UserAccount[]> {
  requirePermission(ctx.user, 'users.manage');
  return accountsOf(ctx).listUsers();
}
