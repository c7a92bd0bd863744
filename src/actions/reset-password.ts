import { z } from 'zod';
import { invalidField } from '../domain/errors.js';
import { actorOfUser, type UserAccount } from '../domain/user-account.js';
import type { ActionContext } from './action-context.js';
import { accountsOf } from './account-services.js';
import { newPasswordField } from './account-fields.js';
import { parseInput } from './parse-input.js';
import { recordAudit } from './record-audit.js';

const resetInput = z.object({
  token: z.string().trim().min(1, 'the link has no token; open the link from the email again').max(200),
  password: newPasswordField,
});

export type ResetPasswordInput = z.input<typeof resetInput>;

/** Set a new password with an emailed token. The token then stops working, and so do the user's other sessions. */
export async function resetPassword(ctx: ActionContext, input: ResetPasswordInput): Promise<UserAccount> {
  const data = parseInput(resetInput, input);
  const user = await accountsOf(ctx).resetPassword(data.token, data.password);
  if (!user) throw invalidField('token', 'this reset link has expired or was used already; ask for a new one');
  await recordAudit(ctx.store, ctx, actorOfUser(user), {
    action: 'user.password_reset', entityKind: 'user', entityId: user.id, summary: `${user.email} set a new password through an emailed link`,
  });
  return user;
}
