/**
 * Messages shown once after a form redirects back (`?notice=user-created`).
 * Only these fixed texts can appear: the query names a key, never words.
 * Add a key here for a new screen's confirmations.
 */
export const NOTICES: Record<string, { tone: 'success' | 'info'; text: string }> = {
  'signed-out': { tone: 'info', text: 'You are signed out.' },
  'password-changed': { tone: 'success', text: 'Your new password is set. Sign in with it.' },
  'setup-done': { tone: 'success', text: 'The site is set up and you are its first admin.' },
  saved: { tone: 'success', text: 'Saved. The public site shows the change now.' },
  'menu-saved': { tone: 'success', text: 'The menu is saved; every page of the site shows the new order now.' },
  'settings-saved': { tone: 'success', text: 'The settings are saved; the site shows them now.' },
  'user-created': { tone: 'success', text: 'The account was added.' },
  'user-invited': { tone: 'success', text: 'The account was added and a link to choose a password was emailed.' },
  'user-updated': { tone: 'success', text: 'The account was saved.' },
  'user-disabled': { tone: 'success', text: 'The account is disabled and its sessions are ended.' },
  'user-enabled': { tone: 'success', text: 'The account is enabled again.' },
  'publication-created': { tone: 'success', text: 'The draft is saved. It stays private until an editor publishes it.' },
  'publication-saved': { tone: 'success', text: 'Saved as a new revision.' },
  'token-revoked': { tone: 'success', text: 'The token is revoked; requests with it are now refused.' },
  'publication-submitted': { tone: 'success', text: 'Submitted for review: editors see it on their dashboard.' },
  'publication-scheduled': { tone: 'success', text: 'Scheduled: it goes live at the time shown.' },
  'publication-published': { tone: 'success', text: 'Published: it is on the site now.' },
  'publication-archived': { tone: 'success', text: 'Archived: it stays readable at its address and leaves the lists.' },
  'publication-to-draft': { tone: 'success', text: 'Back to draft.' },
  'revision-restored': { tone: 'success', text: 'The revision’s content is back, saved as a new revision.' },
  'pdf-attached': { tone: 'success', text: 'Readers now download the chosen document as this publication’s PDF.' },
  'pdf-generated': { tone: 'success', text: 'Readers get the PDF typeset from the text again.' },
  'media-uploaded': { tone: 'success', text: 'The file is in the library.' },
  'media-updated': { tone: 'success', text: 'The description is saved.' },
  'media-deleted': { tone: 'success', text: 'The file is deleted from the library.' },
};

export function noticeFor(key: string | undefined): { tone: 'success' | 'info'; text: string } | null {
  return (key && NOTICES[key]) || null;
}
