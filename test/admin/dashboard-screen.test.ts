import { describe, expect, it } from 'vitest';
import { getPublication } from '../../src/actions/get-publication.js';
import { transitionPublication } from '../../src/actions/transition-publication.js';
import { updateSettings } from '../../src/actions/update-settings.js';
import { createDraft } from '../support/seed.js';
import { DIALECTS } from '../support/test-services.js';
import { useAdminFixture, visibleText } from './workflow-test-setup.js';

describe.each(DIALECTS)('dashboard over HTTP on %s', (dialect) => {
  const open = useAdminFixture(dialect);

  async function withWork() {
    const f = await open();
    const mine = await createDraft(f.ctx('author'), { title: 'Maritime Order in the Straits' });
    const submitted = await createDraft(f.ctx('author'), { title: 'Energy Security after 2030' });
    await transitionPublication(f.ctx('author'), { id: submitted.id, to: 'in_review' });
    const later = await createDraft(f.ctx('editor'), { title: 'Later Release' });
    const sooner = await createDraft(f.ctx('editor'), { title: 'Sooner Release' });
    await transitionPublication(f.ctx('editor'), { id: later.id, to: 'scheduled', at: '2099-03-02T01:00:00Z' });
    await transitionPublication(f.ctx('editor'), { id: sooner.id, to: 'scheduled', at: '2099-03-01T01:00:00Z' });
    const published = await createDraft(f.ctx('editor'), { title: 'Out Already' });
    await transitionPublication(f.ctx('editor'), { id: published.id, to: 'published' });
    return { f, mine, submitted, later };
  }

  it('shows editors counts by status, the review queue, release times soonest first and recent steps', async () => {
    const { f, submitted } = await withWork();
    const editor = await f.signedIn('editor');
    expect((await editor.get('/admin')).status).toBe(200);
    const text = visibleText(editor.lastHtml);
    expect(text).toContain('1 Draft 1 In review 2 Scheduled 1 Published 0 Archived');
    expect(text).toMatch(/Awaiting review 1 Energy Security after 2030 Sarah Soh · submitted/);
    expect(editor.lastHtml).toContain(`href="/admin/publications/${submitted.id}"`);
    expect(text).toMatch(/Scheduled 2 Sooner Release Sarah Soh · goes live 1 Mar 2099, 01:00 UTC Later Release Sarah Soh · goes live 2 Mar 2099, 01:00 UTC/);
    expect(text).toMatch(/Recent activity Eve Editor published IP24001 \| Out Already/);
    expect(text).toContain('Abe Author submitted for review Energy Security after 2030');
    expect(text).toContain('Shortcuts');
    expect(editor.lastHtml).toContain('href="/admin/publications?status=in_review"');
  });

  it('writes times in the institute’s time zone, and the schedule form starts from it', async () => {
    const { f, later: draft } = await withWork();
    await updateSettings(f.ctx('admin'), { timeZone: 'Asia/Singapore' });
    const editor = await f.signedIn('editor');
    await editor.get('/admin');
    expect(visibleText(editor.lastHtml)).toMatch(/Sooner Release Sarah Soh · goes live 1 Mar 2099, 09:00 Asia\/Singapore Later Release/);
    const later = await getPublication(f.ctx('editor'), { id: draft.id });
    await editor.get(`/admin/publications/${later.id}/workflow`);
    expect(editor.lastHtml).toContain('value="2099-03-02T09:00"');
    expect(editor.lastHtml).toContain('<option value="Asia/Singapore" selected="">');
    // The time as shown, posted back in the zone shown, is the same moment.
    const moved = await editor.post(`/admin/publications/${later.id}/transitions`, { to: 'scheduled', at: '2099-03-02T09:00', timezone: 'Asia/Singapore', revision: String(later.revision) });
    expect(moved.status).toBe(303);
    expect((await getPublication(f.ctx('editor'), { id: later.id })).scheduledAt).toBe('2099-03-02T01:00:00.000Z');
  });

  it('shows an author only their own work and no site-wide activity', async () => {
    const { f } = await withWork();
    const author = await f.signedIn('author');
    expect((await author.get('/admin')).status).toBe(200);
    const text = visibleText(author.lastHtml);
    expect(text).toContain('1 Draft 1 In review 0 Scheduled 0 Published 0 Archived');
    expect(text).toContain('Your drafts Maritime Order in the Straits');
    expect(text).not.toContain('Recent activity');
    expect(text).not.toContain('Later Release');
  });
});
