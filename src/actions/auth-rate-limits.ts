import type { AuthAttemptKind } from '../domain/accounts.js';
import { DomainError } from '../domain/errors.js';
import type { ActionContext } from './action-context.js';
import { accountsOf } from './account-services.js';

export interface RateLimit {
  windowMs: number;
  perAccount: number;
  perAddress: number;
}

/**
 * Sign-in: five failures an account, twenty an address, in fifteen minutes.
 * Five is enough for honest typing mistakes; twenty lets a shared office
 * address (one NAT for the institute) keep working while one person is locked.
 */
export const SIGN_IN_LIMIT: RateLimit = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 20 };

/** Reset links: three per email address, ten per network address, an hour; more would only fill an inbox. */
export const PASSWORD_RESET_LIMIT: RateLimit = { windowMs: 60 * 60_000, perAccount: 3, perAddress: 10 };

const WHAT: Record<AuthAttemptKind, { account: string; address: string }> = {
  sign_in: {
    account: 'Too many failed sign-in attempts for this account',
    address: 'Too many failed sign-in attempts from your network address',
  },
  password_reset: {
    account: 'Too many password-reset requests for this email address',
    address: 'Too many password-reset requests from your network address',
  },
};

/** When the oldest failure that still counts leaves the window. */
function retryAt(times: string[], limit: number, windowMs: number): number {
  return Date.parse(times[times.length - limit] ?? times[0] ?? '') + windowMs;
}

function refusal(kind: AuthAttemptKind, by: 'account' | 'address', at: number, now: Date): DomainError {
  const seconds = Math.max(1, Math.ceil((at - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  const clock = new Date(at).toISOString().slice(11, 16);
  return new DomainError(
    'rate_limited',
    `${WHAT[kind][by]}. For safety this is paused: try again in ${minutes} minute${minutes === 1 ? '' : 's'} (after ${clock} UTC).`,
    [],
    { retryAfterSeconds: seconds },
  );
}

/** Refuse (rate_limited, naming when to retry) once either limit is reached; attempts refused here are not counted. */
export async function checkRateLimit(ctx: ActionContext, kind: AuthAttemptKind, email: string, address: string, limit: RateLimit): Promise<void> {
  const accounts = accountsOf(ctx);
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - limit.windowMs).toISOString();
  const [byAccount, byAddress] = await Promise.all([
    accounts.listFailureTimes({ kind, email, since }),
    accounts.listFailureTimes({ kind, address, since }),
  ]);
  if (byAccount.length >= limit.perAccount) throw refusal(kind, 'account', retryAt(byAccount, limit.perAccount, limit.windowMs), now);
  if (byAddress.length >= limit.perAddress) throw refusal(kind, 'address', retryAt(byAddress, limit.perAddress, limit.windowMs), now);
}

/** Failures left for this account before the pause (after one more failure was recorded). */
export async function remainingAttempts(ctx: ActionContext, kind: AuthAttemptKind, email: string, limit: RateLimit): Promise<number> {
  const since = new Date(ctx.clock.now().getTime() - limit.windowMs).toISOString();
  const failures = await accountsOf(ctx).listFailureTimes({ kind, email, since });
  return Math.max(0, limit.perAccount - failures.length);
}
