import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { requirePermission } from '../domain/permissions.js';
import type { UserAccount } from '../domain/user-account.js';
import type { ActionContext } from './action-context.js';
import { accountsOf } from './account-services.js';
import { emailField, newPasswordField, roleField, userNameField } from './account-fields.js';
import { parseInput } from './parse-input.js';
import { sendPasswordLink } from './password-link-mail.js';
import { recordAudit } from './record-audit.js';
import { resolvePerson } from './resolve-references.js';

const createUserInput = z.object({
  email: emailField,
  name: userNameField,
  /** Left out with `invite`: the user chooses it through an emailed link. */
  password: newPasswordField.optional(),
  role: roleField,
  /** The person this user writes as: an id or slug of the staff directory; null or left out for none. */
  person: z.string().trim().max(200).nullable().optional(),
  /** Email the user a link to choose their password, to this page (`<pageUrl>?token=`). */
  invite: z.object({ pageUrl: z.url() }).optional(),
}).refine((v) => v.password !== undefined || v.invite !== undefined, { path: ['password'], message: 'must be given, or the user invited to choose one' });

export type CreateUserInput = z.input<typeof createUserInput>;

/** Add an account (admins only: users.manage), with a password or by emailing the user a link to choose one. */
export async function createUser(ctx: ActionContext, input: CreateUserInput): Promise<UserAccount> {
  const actor = requirePermission(ctx.user, 'users.manage');
  const data = parseInput(createUserInput, input);
  const person = data.person ? await resolvePerson(ctx.store, data.person, 'person') : null;
  const accounts = accountsOf(ctx);
  // An invited user's first password is random and never shown: the link replaces it.
  const password = data.password ?? randomBytes(32).toString('base64url');
  const user = await accounts.createUser({ email: data.email, name: data.name, password, role: data.role, personId: person?.id ?? null });
  await recordAudit(ctx.store, ctx, actor, {
    action: 'user.create', entityKind: 'user', entityId: user.id,
    summary: `Added ${user.role} ${user.email}${person ? ` (writes as ${person.name})` : ''}`,
  });
  if (data.invite) {
    const link = await accounts.createPasswordReset(user.email);
    if (link) await sendPasswordLink(ctx, { user, token: link.token, pageUrl: data.invite.pageUrl, purpose: 'invite' });
  }
  return user;
}
