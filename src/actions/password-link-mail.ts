import type { UserAccount } from '../domain/user-account.js';
import type { ActionContext } from './action-context.js';
import { mailerOf } from './account-services.js';

const ROLE_WORDS = { admin: 'an administrator', editor: 'an editor', author: 'an author' } as const;

/**
 * The email with a single-use link to set a password: after "Forgot your
 * password?" (`reset`) or for a new account (`invite`). The link is
 * `<pageUrl>?token=...` and works once, within an hour.
 */
export async function sendPasswordLink(
  ctx: ActionContext,
  input: { user: UserAccount; token: string; pageUrl: string; purpose: 'reset' | 'invite' },
): Promise<void> {
  const { user } = input;
  const site = (await ctx.store.settings.get()).name;
  const link = `${input.pageUrl}?token=${encodeURIComponent(input.token)}`;
  const opening = input.purpose === 'invite'
    ? [`An account was made for you in the back office of ${site}: you sign in as ${user.email}, as ${ROLE_WORDS[user.role]}.`, '', 'To choose your password, open this link. It works once, within one hour:']
    : [`Someone, probably you, asked to reset the password of your account (${user.email}) at ${site}.`, '', 'To choose a new password, open this link. It works once, within one hour:'];
  const closing = input.purpose === 'invite'
    ? 'If the link has expired, ask for a new one with "Forgot your password?" on the sign-in page.'
    : 'If you did not ask for this, ignore this message: your password stays as it is.';
  await mailerOf(ctx).send({
    to: user.email,
    subject: input.purpose === 'invite' ? `Your account at ${site}` : `Reset your password for ${site}`,
    text: [`Hello ${user.name},`, '', ...opening, '', link, '', closing, ''].join('\n'),
  });
}
