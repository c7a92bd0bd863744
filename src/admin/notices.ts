/**
 * Messages shown once after a form redirects back (`?notice=user-created`).
 * Only these fixed texts can appear: the query names a key, never words.
 * Add a key here for a new screen's confirmations.
 */
export const NOTICES: Record<string, { tone: 'success' | 'info'; text: string }> = {
  'signed-out': { tone: 'info', text: 'You are signed out.' },
  'password-changed': { tone: 'success', text: 'Your new password is set. Sign in with it.' },
  'setup-done': { tone: 'success', text: 'The site is set up and you are its first admin.' },
  'user-created': { tone: 'success', text: 'The account was added.' },
  'user-invited': { tone: 'success', text: 'The account was added and a link to choose a password was emailed.' },
  'user-updated': { tone: 'success', text: 'The account was saved.' },
  'user-disabled': { tone: 'success', text: 'The account is disabled and its sessions are ended.' },
  'user-enabled': { tone: 'success', text: 'The account is enabled again.' },
  'token-revoked': { tone: 'success', text: 'The token is revoked; requests with it are now refused.' },
};

export function noticeFor(key: string | undefined): { tone: 'success' | 'info'; text: string } | null {
  return (key && NOTICES[key]) || null;
}
