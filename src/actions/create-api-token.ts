import { z } from 'zod';
import { DomainError, invalidField } from '../domain/errors.js';
import { can, type Actor } from '../domain/permissions.js';
import type { ApiTokenInfo, UserAccount } from '../domain/user-account.js';
import { isoNow, type ActionContext } from './action-context.js';
import { accountsOf } from './account-services.js';
import { parseInput } from './parse-input.js';
import { quoted, recordAudit } from './record-audit.js';

const createTokenInput = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').default('API token'),
  /** Whose token (email or id); left out: the caller's own. Another user's needs users.manage. */
  user: z.string().trim().min(1).max(254).optional(),
});

export type CreateApiTokenInput = z.input<typeof createTokenInput>;

export interface CreatedApiToken {
  /** Shown once: only its hash is kept. */
  token: string;
  info: ApiTokenInfo;
  user: UserAccount;
}

async function tokenOwner(ctx: ActionContext, actor: Actor, ref: string | undefined): Promise<UserAccount> {
  const accounts = accountsOf(ctx);
  if (ref === undefined) {
    const own = actor.kind === 'user' ? await accounts.findUser(actor.id) : undefined;
    if (!own) throw invalidField('user', 'name the account the token is for (its email address)');
    return own;
  }
  const user = (await accounts.findUserByEmail(ref)) ?? (await accounts.findUser(ref));
  if (!user) throw invalidField('user', `no account "${ref}"`);
  if (user.id !== actor.id && !can(actor, 'users.manage')) throw new DomainError('forbidden', 'Only admins create tokens for other accounts');
  if (user.isDisabled) throw invalidField('user', `${user.email} is disabled; enable the account first`);
  return user;
}

/**
 * A bearer token for the write API, acting as its user with the user's
 * role. Anyone signed in may make their own; admins (and the command line)
 * may make one for any account.
 */
export async function createApiToken(ctx: ActionContext, input: CreateApiTokenInput): Promise<CreatedApiToken> {
  const actor = ctx.user;
  if (!actor) throw new DomainError('unauthenticated', 'Sign in to create an API token');
  const data = parseInput(createTokenInput, input);
  const user = await tokenOwner(ctx, actor, data.user);
  const { token, info } = await accountsOf(ctx).createApiToken({ userId: user.id, name: data.name, at: isoNow(ctx) });
  await recordAudit(ctx.store, ctx, actor, {
    action: 'api_token.create', entityKind: 'api_token', entityId: info.id, summary: `Created API token ${quoted(info.name)} for ${user.email}`,
  });
  return { token, info, user };
}
