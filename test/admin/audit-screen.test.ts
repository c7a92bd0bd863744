import { describe, expect, it } from 'vitest';
import { getPublication } from '../../src/actions/get-publication.js';
import { transitionPublication } from '../../src/actions/transition-publication.js';
import { updatePublication } from '../../src/actions/update-publication.js';
import { createDraft } from '../support/seed.js';
import { DIALECTS, manualClock } from '../support/test-services.js';
import { useAdminFixture, visibleText } from './workflow-test-setup.js';

/** Data rows of the audit table on the last page. */
function rows(html: string): string[] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => visibleText(m[1] ?? '').trim());
}

describe.each(DIALECTS)('audit log screen over HTTP on %s', (dialect) => {
  const clock = manualClock('2025-01-15T09:00:00.000Z');
  const open = useAdminFixture(dialect, { clock });

  async function withActivity() {
    clock.set('2025-01-15T09:00:00.000Z');
    const f = await open();
    clock.set('2025-02-10T10:00:00.000Z');
    const draft = await createDraft(f.ctx('author'));
    clock.set('2025-02-11T08:30:00.000Z');
    const edited = await updatePublication(f.ctx('editor'), { id: draft.id, revision: draft.revision, synopsis: 'A sharper synopsis.' });
    await transitionPublication(f.ctx('editor'), { id: draft.id, to: 'published', revision: edited.revision });
    return { f, draft };
  }

  it('shows admins who did what and when, linked to the target', async () => {
    const { f, draft } = await withActivity();
    const admin = await f.signedIn('admin');
    expect((await admin.get('/admin/audit-log')).status).toBe(200);
    const table = rows(admin.lastHtml);
    expect(table[0]).toMatch(/^11 Feb 2025, 08:30 UTC Eve Editor publication\.publish Moved "Japan’s Foreign Policy Outlook in 2025" from draft to published as IP24001 Publication /);
    expect(admin.lastHtml).toContain(`href="/admin/publications/${draft.id}"`);
    expect(visibleText(admin.lastHtml)).toContain('Audit log');
  });

  it('filters by actor, action and an inclusive range of days', async () => {
    const { f } = await withActivity();
    const admin = await f.signedIn('admin');
    await admin.get(`/admin/audit-log?actor=${f.users.editor.id}`);
    const byEditor = rows(admin.lastHtml);
    expect(byEditor).toHaveLength(2);
    expect(byEditor.every((r) => r.includes('Eve Editor'))).toBe(true);

    await admin.get('/admin/audit-log?action=publication.create');
    expect(rows(admin.lastHtml)).toHaveLength(1);
    expect(rows(admin.lastHtml)[0]).toContain('Abe Author publication.create');
    expect(admin.lastHtml).toContain('<option value="publication.create" selected="">publication.create</option>');

    await admin.get('/admin/audit-log?from=2025-02-10&to=2025-02-10');
    expect(rows(admin.lastHtml).map((r) => r.split(' UTC ')[1]?.split(' ').slice(2, 3)[0])).toEqual(['publication.create']);
    await admin.get('/admin/audit-log?from=2025-01-15&to=2025-01-15');
    const january = rows(admin.lastHtml);
    expect(january.every((r) => r.startsWith('15 Jan 2025'))).toBe(true);
    expect(january.filter((r) => r.includes('user.create'))).toHaveLength(3);
    await admin.get('/admin/audit-log?to=2025-01-14');
    expect(visibleText(admin.lastHtml)).toContain('No entries match these filters.');

    expect((await admin.get('/admin/audit-log?from=15/01/2025')).status).toBe(400);
    expect(visibleText(admin.lastHtml)).toContain('must be a day as YYYY-MM-DD');
    expect((await admin.get('/admin/audit-log?from=2025-02-11&to=2025-02-10')).status).toBe(400);
    expect(visibleText(admin.lastHtml)).toContain('must not be before the "from" day (2025-02-11)');
  });

  it('pages through long logs, 50 entries at a time, keeping the filters', async () => {
    const { f, draft } = await withActivity();
    let revision = (await updatePublication(f.ctx('editor'), { id: draft.id, revision: (await getPublication(f.ctx('editor'), { id: draft.id })).revision, synopsis: 'Edit 0' })).revision;
    for (let i = 1; i < 55; i++) revision = (await updatePublication(f.ctx('editor'), { id: draft.id, revision, synopsis: `Edit ${i}` })).revision;
    const admin = await f.signedIn('admin');
    await admin.get('/admin/audit-log?action=publication.update');
    expect(visibleText(admin.lastHtml)).toContain('56 entries, page 1 of 2');
    expect(rows(admin.lastHtml)).toHaveLength(50);
    expect(admin.lastHtml).toContain('href="/admin/audit-log?action=publication.update&amp;page=2"');
    await admin.get('/admin/audit-log?action=publication.update&page=2');
    expect(rows(admin.lastHtml)).toHaveLength(6);
  });

  it('is for admins only', async () => {
    const { f } = await withActivity();
    const editor = await f.signedIn('editor');
    expect((await editor.get('/admin/audit-log')).status).toBe(403);
    expect(editor.lastHtml).not.toContain('publication.publish');
    const author = await f.signedIn('author');
    expect((await author.get('/admin/audit-log')).status).toBe(403);
  });
});
