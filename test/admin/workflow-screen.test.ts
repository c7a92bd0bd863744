import { describe, expect, it } from 'vitest';
import { getPublication } from '../../src/actions/get-publication.js';
import { AdminBrowser } from '../authz/support/admin-browser.js';
import { createDraft } from '../support/seed.js';
import { DIALECTS } from '../support/test-services.js';
import { useAdminFixture, visibleText } from './workflow-test-setup.js';

/** A wall-clock time in Singapore (UTC+8, no daylight saving) one day ahead, as a datetime-local input sends it. */
function tomorrowInSingapore(): { local: string; iso: string } {
  const at = new Date(Date.now() + 24 * 3600_000);
  at.setUTCSeconds(0, 0);
  const local = new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16);
  return { local, iso: at.toISOString() };
}

describe.each(DIALECTS)('workflow screen over HTTP on %s', (dialect) => {
  const open = useAdminFixture(dialect);

  it('offers an author only submit, refuses their publish with a clear message, and records the steps', async () => {
    const f = await open();
    const draft = await createDraft(f.ctx('author'));
    const author = await f.signedIn('author');
    const page = `/admin/publications/${draft.id}/workflow`;
    expect((await author.get(page)).status).toBe(200);
    const text = visibleText(author.lastHtml);
    expect(text).toContain('Submit for review');
    expect(text).not.toContain('Publish now');
    expect(text).not.toContain('Release date and time');

    const refused = await author.post(`/admin/publications/${draft.id}/transitions`, { to: 'published', revision: String(draft.revision) });
    expect(refused.status).toBe(403);
    expect(visibleText(author.lastHtml)).toContain('You cannot move "Japan’s Foreign Policy Outlook in 2025" to published: an author can submit a draft for review or withdraw it');
    expect((await getPublication(f.ctx('editor'), { id: draft.id })).status).toBe('draft');

    const submitted = await author.post(`/admin/publications/${draft.id}/transitions`, { to: 'in_review', revision: String(draft.revision), back: page }, { from: page });
    expect(submitted.status).toBe(303);
    expect(submitted.headers.get('location')).toBe(`${page}?notice=publication-submitted`);
    await author.get(submitted.headers.get('location') ?? '');
    const after = visibleText(author.lastHtml);
    expect(after).toContain('Submitted for review');
    expect(after).toContain('Withdraw from review');
    expect(after).toMatch(/Draft → In review Abe Author · \d+ \w+ \d{4}, \d\d:\d\d UTC/);
  });

  it('lets an editor schedule at a local time in a chosen zone, and refuses a past time naming the field', async () => {
    const f = await open();
    const draft = await createDraft(f.ctx('author'));
    const editor = await f.signedIn('editor');
    const page = `/admin/publications/${draft.id}/workflow`;
    await editor.get(page);
    const text = visibleText(editor.lastHtml);
    for (const label of ['Submit for review', 'Publish now', 'Schedule', 'Release date and time', 'Time zone']) expect(text).toContain(label);

    const past = await editor.post(`/admin/publications/${draft.id}/transitions`, { to: 'scheduled', at: '2020-01-01T09:00', timezone: 'Asia/Singapore' });
    expect(past.status).toBe(400);
    expect(visibleText(editor.lastHtml)).toContain('is not in the future');
    const garbled = await editor.post(`/admin/publications/${draft.id}/transitions`, { to: 'scheduled', at: 'next tuesday', timezone: 'Asia/Singapore' });
    expect(garbled.status).toBe(400);
    expect(visibleText(editor.lastHtml)).toContain('"next tuesday" in Asia/Singapore is not a date and time');
    expect((await getPublication(f.ctx('editor'), { id: draft.id })).status).toBe('draft');

    const when = tomorrowInSingapore();
    const scheduled = await editor.post(`/admin/publications/${draft.id}/transitions`, { to: 'scheduled', at: when.local, timezone: 'Asia/Singapore', back: page });
    expect(scheduled.status).toBe(303);
    const stored = await getPublication(f.ctx('editor'), { id: draft.id });
    expect(stored.status).toBe('scheduled');
    expect(stored.scheduledAt).toBe(when.iso);
    await editor.get(`${page}?notice=publication-scheduled`);
    const after = visibleText(editor.lastHtml);
    expect(after).toContain('Scheduled: it goes live at the time shown.');
    expect(after).toContain('Reschedule');
    expect(after).toContain('Unschedule, back to draft');
    expect(after).toMatch(/Scheduled for .* UTC Eve Editor/);
  });

  it('refuses a step on a stale copy and sends signed-out visitors to sign in', async () => {
    const f = await open();
    const draft = await createDraft(f.ctx('author'));
    const editor = await f.signedIn('editor');
    await editor.get(`/admin/publications/${draft.id}/workflow`);
    const stale = await editor.post(`/admin/publications/${draft.id}/transitions`, { to: 'published', revision: String(draft.revision + 5) });
    expect(stale.status).toBe(409);
    expect(visibleText(editor.lastHtml)).toContain('changed since you looked at it');

    const published = await editor.post(`/admin/publications/${draft.id}/transitions`, { to: 'published', revision: String(draft.revision) });
    expect(published.status).toBe(303);
    const stored = await getPublication(f.ctx('editor'), { id: draft.id });
    expect(stored.code).toMatch(/^IP\d{5}$/);

    const anonymous = await new AdminBrowser(f.app).get(`/admin/publications/${draft.id}/workflow`);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toContain('/admin/sign-in');
  });
});
