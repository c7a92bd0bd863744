import { z } from 'zod';
import type { SetCookies } from '../domain/accounts.js';
import { DomainError } from '../domain/errors.js';
import type { Actor } from '../domain/permissions.js';
import { actorOfUser, normaliseEmail, type UserAccount } from '../domain/user-account.js';
import { isoNow, type ActionContext } from './action-context.js';
import { accountsOf } from './account-services.js';
import { clientAddressField } from './account-fields.js';
import { checkRateLimit, remainingAttempts, SIGN_IN_LIMIT } from './auth-rate-limits.js';
import { parseInput } from './parse-input.js';

const signInInput = z.object({
  // Not checked as an address: whatever was typed is what the limit counts.
  email: z.string().trim().min(1, 'enter your email address').max(254, 'must be at most 254 characters').transform(normaliseEmail),
  password: z.string().min(1, 'enter your password'),
  clientAddress: clientAddressField,
  userAgent: z.string().default(''),
});

export type SignInInput = z.input<typeof signInInput>;

export interface SignInResult {
  user: UserAccount;
  actor: Actor;
  /** Set-Cookie values that carry the new session. */
  cookies: SetCookies;
}

/**
 * Email and password to a session. Limited per account and per client
 * address (auth-rate-limits.ts); a refusal says when to try again. Wrong
 * credentials get one message whichever half was wrong, so the form does
 * not reveal which addresses have accounts.
 */
export async function signIn(ctx: ActionContext, input: SignInInput): Promise<SignInResult> {
  const data = parseInput(signInInput, input);
  const accounts = accountsOf(ctx);
  await checkRateLimit(ctx, 'sign_in', data.email, data.clientAddress, SIGN_IN_LIMIT);
  const outcome = await accounts.signIn({ email: data.email, password: data.password, address: data.clientAddress, userAgent: data.userAgent });
  const attempt = { kind: 'sign_in' as const, email: data.email, address: data.clientAddress, at: isoNow(ctx) };
  if (outcome.kind === 'invalid') {
    await accounts.recordAttempt({ ...attempt, isSuccess: false });
    const left = await remainingAttempts(ctx, 'sign_in', data.email, SIGN_IN_LIMIT);
    const warning = left > 0 && left <= 2
      ? ` ${left} more failed attempt${left === 1 ? '' : 's'} will pause sign-in for this account for ${SIGN_IN_LIMIT.windowMs / 60_000} minutes.`
      : '';
    throw new DomainError('unauthenticated', `The email address or password is not right. Check both and try again.${warning}`);
  }
  if (outcome.kind === 'disabled') {
    throw new DomainError('forbidden', 'This account is disabled. Ask an administrator of the site to enable it again.');
  }
  await accounts.recordAttempt({ ...attempt, isSuccess: true });
  ctx.log.info('signed in', { userId: outcome.user.id, address: data.clientAddress });
  return { user: outcome.user, actor: actorOfUser(outcome.user), cookies: outcome.cookies };
}
