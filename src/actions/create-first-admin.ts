import { z } from 'zod';
import { conflict } from '../domain/errors.js';
import { actorOfUser, type UserAccount } from '../domain/user-account.js';
import type { ActionContext } from './action-context.js';
import { accountsOf } from './account-services.js';
import { emailField, newPasswordField, userNameField } from './account-fields.js';
import { parseInput } from './parse-input.js';
import { recordAudit } from './record-audit.js';

const firstAdminInput = z.object({ email: emailField, name: userNameField, password: newPasswordField });

export type CreateFirstAdminInput = z.input<typeof firstAdminInput>;

const ALREADY_SET_UP = 'The site already has accounts; sign in, or ask an administrator for one';

/**
 * First run: the one account anyone may create, and only while no account
 * exists. Two people racing on the setup page cannot both win: the claim is
 * a row in the shared database, so this holds across app nodes too.
 */
export async function createFirstAdmin(ctx: ActionContext, input: CreateFirstAdminInput): Promise<UserAccount> {
  const data = parseInput(firstAdminInput, input);
  const accounts = accountsOf(ctx);
  if (await accounts.hasUsers()) throw conflict(ALREADY_SET_UP);
  if (!(await accounts.claimSetup())) throw conflict(ALREADY_SET_UP);
  let user: UserAccount;
  try {
    user = await accounts.createUser({ ...data, role: 'admin', personId: null });
  } catch (error) {
    await accounts.releaseSetup();
    throw error;
  }
  await recordAudit(ctx.store, ctx, actorOfUser(user), {
    action: 'user.create', entityKind: 'user', entityId: user.id, summary: `Set up the site with the first admin ${user.email}`,
  });
  return user;
}
