import { DomainError, notFound } from '../domain/errors.js';
import { can } from '../domain/permissions.js';
import type { ApiTokenInfo } from '../domain/user-account.js';
import { isoNow, type ActionContext } from './action-context.js';
import { accountsOf } from './account-services.js';
import { quoted, recordAudit } from './record-audit.js';

/** Revoke a token: it stops working on the next request. Your own, or anyone's with users.manage. */
export async function revokeApiToken(ctx: ActionContext, input: { id: string }): Promise<ApiTokenInfo> {
  const actor = ctx.user;
  if (!actor) throw new DomainError('unauthenticated', 'Sign in to revoke an API token');
  const accounts = accountsOf(ctx);
  const token = await accounts.findApiToken(input.id);
  // Someone else's token is "not found" to a non-admin: its existence is not theirs to learn.
  if (!token || (token.userId !== actor.id && !can(actor, 'users.manage'))) throw notFound('API token');
  if (token.revokedAt) return token;
  await accounts.revokeApiToken(token.id, isoNow(ctx));
  await recordAudit(ctx.store, ctx, actor, {
    action: 'api_token.revoke', entityKind: 'api_token', entityId: token.id, summary: `Revoked API token ${quoted(token.name)}`,
  });
  return (await accounts.findApiToken(token.id)) ?? token;
}
