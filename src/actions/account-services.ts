import type { Accounts } from '../domain/accounts.js';
import type { Mailer } from '../domain/mailer.js';
import type { ActionContext } from './action-context.js';

/**
 * The account gateway of a context. Services always wire it; a context
 * built without it (a test of unrelated actions) fails here, loudly, rather
 * than somewhere inside an account action.
 */
export function accountsOf(ctx: ActionContext): Accounts {
  if (!ctx.accounts) throw new Error('This action needs ctx.accounts; build the context with openServices');
  return ctx.accounts;
}

export function mailerOf(ctx: ActionContext): Mailer {
  if (!ctx.mailer) throw new Error('This action needs ctx.mailer; build the context with openServices');
  return ctx.mailer;
}
