import { z } from 'zod';
import { isoNow, type ActionContext } from './action-context.js';
import { accountsOf } from './account-services.js';
import { clientAddressField } from './account-fields.js';
import { checkRateLimit, PASSWORD_RESET_LIMIT } from './auth-rate-limits.js';
import { parseInput } from './parse-input.js';
import { sendPasswordLink } from './password-link-mail.js';
import { normaliseEmail } from '../domain/user-account.js';

const resetRequestInput = z.object({
  email: z.string().trim().min(1, 'enter the email address of your account').max(254, 'must be at most 254 characters').transform(normaliseEmail),
  clientAddress: clientAddressField,
  /** The page that takes the token: the link is `<resetPageUrl>?token=...`. */
  resetPageUrl: z.url(),
});

export type RequestPasswordResetInput = z.input<typeof resetRequestInput>;

/**
 * Email a single-use link that sets a new password, valid for an hour. The
 * answer is the same whether or not the address has an account (nothing
 * to learn by trying addresses); requests are rate-limited like sign-ins.
 */
export async function requestPasswordReset(ctx: ActionContext, input: RequestPasswordResetInput): Promise<void> {
  const data = parseInput(resetRequestInput, input);
  const accounts = accountsOf(ctx);
  await checkRateLimit(ctx, 'password_reset', data.email, data.clientAddress, PASSWORD_RESET_LIMIT);
  // Every request counts toward the limit, sent or not.
  await accounts.recordAttempt({ kind: 'password_reset', email: data.email, address: data.clientAddress, isSuccess: false, at: isoNow(ctx) });
  const reset = await accounts.createPasswordReset(data.email);
  if (!reset) {
    ctx.log.info('password reset asked for an unknown or disabled address', { address: data.clientAddress });
    return;
  }
  await sendPasswordLink(ctx, { user: reset.user, token: reset.token, pageUrl: data.resetPageUrl, purpose: 'reset' });
  ctx.log.info('password reset link sent', { userId: reset.user.id });
}
