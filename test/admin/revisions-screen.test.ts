import { describe, expect, it } from 'vitest';
import { getPublication } from '../../src/actions/get-publication.js';
import { listRevisions } from '../../src/actions/list-revisions.js';
import { updatePublication } from '../../src/actions/update-publication.js';
import { createDraft } from '../support/seed.js';
import { DIALECTS } from '../support/test-services.js';
import { useAdminFixture, visibleText } from './workflow-test-setup.js';

const FIRST = '## Relations with China\n\nJapan has the opportunity to improve relations with its neighbours.';
const SECOND = '## Relations with China\n\nJapan has a rare chance to improve relations with its neighbours.';

describe.each(DIALECTS)('revisions screens over HTTP on %s', (dialect) => {
  const open = useAdminFixture(dialect);

  async function withHistory() {
    const f = await open();
    const draft = await createDraft(f.ctx('author'), { body: FIRST });
    await updatePublication(f.ctx('editor'), { id: draft.id, revision: draft.revision, body: SECOND });
    // The author saves on the copy they opened before the editor's save: refused, kept as a conflict.
    await expect(updatePublication(f.ctx('author'), { id: draft.id, revision: draft.revision, title: 'A stale title' })).rejects.toMatchObject({ code: 'conflict' });
    return { f, id: draft.id };
  }

  it('lists who saved what and when, with the kept conflict marked as such', async () => {
    const { f, id } = await withHistory();
    const editor = await f.signedIn('editor');
    expect((await editor.get(`/admin/publications/${id}/revisions`)).status).toBe(200);
    const text = visibleText(editor.lastHtml);
    expect(text).toContain('2 saved revisions; now at revision 2. 1 refused save is kept aside.');
    expect(text).toMatch(/Revision 2 Current Eve Editor \d+ \w+ \d{4}, \d\d:\d\d UTC Changed body\./);
    expect(text).toMatch(/Conflict Abe Author .* Refused save: it was made on revision 1 while someone else had saved a newer one\. Kept so nothing is lost\. Changed title, slug\./);
    expect(text).toContain('Revision 1 Abe Author');
    expect(text).toContain('First version.');
    expect(editor.lastHtml).toContain('class="is-conflict"');
  });

  it('shows the inserted and deleted words of any two revisions, accessibly', async () => {
    const { f, id } = await withHistory();
    const editor = await f.signedIn('editor');
    const response = await editor.get(`/admin/publications/${id}/revisions/diff?from=1&to=2`);
    expect(response.status).toBe(200);
    const html = editor.lastHtml;
    expect(html).toContain('<del class="diff-del"><span class="visually-hidden">[deleted: </span>the opportunity<span class="visually-hidden">]</span></del>');
    expect(html).toContain('<ins class="diff-ins"><span class="visually-hidden">[inserted: </span>a rare chance<span class="visually-hidden">]</span></ins>');
    const text = visibleText(html);
    expect(text).toContain('inserted 3 words');
    expect(text).toContain('deleted 2 words');
    expect(text).toContain('Unchanged: Title, Slug, Series');

    const conflict = (await listRevisions(f.ctx('editor'), { id })).revisions.find((r) => r.kind === 'conflict');
    expect((await editor.get(`/admin/publications/${id}/revisions/diff?from=2&to=${conflict?.id}`)).status).toBe(200);
    expect(editor.lastHtml).toContain('A stale title');
    expect((await editor.get(`/admin/publications/${id}/revisions/diff?from=9&to=2`)).status).toBe(404);
    expect((await editor.get(`/admin/publications/${id}/revisions/diff?to=2`)).status).toBe(400);
  });

  it('restores an old revision as a new one, and a kept conflict the same way', async () => {
    const { f, id } = await withHistory();
    const editor = await f.signedIn('editor');
    await editor.get(`/admin/publications/${id}/revisions`);
    const history = await listRevisions(f.ctx('editor'), { id });
    const first = history.revisions.find((r) => r.revision === 1);
    const restored = await editor.post(`/admin/publications/${id}/revisions/restore`, { from: first?.id ?? '', revision: '2' });
    expect(restored.status).toBe(303);
    expect(restored.headers.get('location')).toBe(`/admin/publications/${id}/revisions?notice=revision-restored`);
    const now = await getPublication(f.ctx('editor'), { id });
    expect(now.revision).toBe(3);
    expect(now.body).toBe(FIRST);
    await editor.get(restored.headers.get('location') ?? '');
    expect(visibleText(editor.lastHtml)).toMatch(/Revision 3 Current Restore Eve Editor .* Restored revision 1\. Changed body\./);

    // A restore made on a page that is out of date is refused, and says so.
    const stale = await editor.post(`/admin/publications/${id}/revisions/restore`, { from: first?.id ?? '', revision: '2' });
    expect(stale.status).toBe(409);
    expect(visibleText(editor.lastHtml)).toContain('That did not work');
    expect((await getPublication(f.ctx('editor'), { id })).revision).toBe(3);

    const conflict = history.revisions.find((r) => r.kind === 'conflict');
    await editor.get(`/admin/publications/${id}/revisions`);
    expect((await editor.post(`/admin/publications/${id}/revisions/restore`, { from: conflict?.id ?? '', revision: '3' })).status).toBe(303);
    expect((await getPublication(f.ctx('editor'), { id })).title).toBe('A stale title');
  });

  it('keeps other authors out of a history and refuses an author restoring on a published item', async () => {
    const { f, id } = await withHistory();
    const admin = await f.signedIn('admin');
    await admin.get(`/admin/publications/${id}/workflow`);
    expect((await admin.post(`/admin/publications/${id}/transitions`, { to: 'published' })).status).toBe(303);
    const author = await f.signedIn('author');
    expect((await author.get(`/admin/publications/${id}/revisions`)).status).toBe(200);
    const history = await listRevisions(f.ctx('author'), { id });
    const refused = await author.post(`/admin/publications/${id}/revisions/restore`, { from: history.revisions.at(-1)?.id ?? '' });
    expect(refused.status).toBe(403);
    expect(visibleText(author.lastHtml)).toContain('That did not work');
    expect((await getPublication(f.ctx('editor'), { id })).revision).toBe(2);
  });

  it('pages through a long history, 50 revisions at a time, with summaries across page edges', async () => {
    const f = await open();
    const draft = await createDraft(f.ctx('editor'), { body: 'Word 0' });
    let revision = draft.revision;
    for (let i = 1; i <= 51; i++) revision = (await updatePublication(f.ctx('editor'), { id: draft.id, revision, body: `Word ${i}` })).revision;
    const editor = await f.signedIn('editor');
    await editor.get(`/admin/publications/${draft.id}/revisions`);
    const first = visibleText(editor.lastHtml);
    expect(first).toContain('Now at revision 52; 52 entries in the history, 50 to a page.');
    expect(first).toContain('Page 1 of 2');
    expect(first).toMatch(/Revision 3 Eve Editor .* Changed body\./);
    expect(first).not.toContain('Revision 2 ');
    expect(editor.lastHtml).toContain(`href="/admin/publications/${draft.id}/revisions?page=2"`);
    await editor.get(`/admin/publications/${draft.id}/revisions?page=2`);
    expect(visibleText(editor.lastHtml)).toMatch(/Revision 2 Eve Editor .* Changed body\. .* Revision 1 Eve Editor .* First version\./);
    expect((await editor.get(`/admin/publications/${draft.id}/revisions?page=x`)).status).toBe(400);
  });

  it('shortens long unchanged stretches of a diff so the changes stay in view', async () => {
    const f = await open();
    const long = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} keeps the same careful wording about regional security.`).join('\n\n');
    const draft = await createDraft(f.ctx('editor'), { body: `${long}\n\nThe ending was weak.` });
    await updatePublication(f.ctx('editor'), { id: draft.id, revision: draft.revision, body: `${long}\n\nThe ending is strong.` });
    const editor = await f.signedIn('editor');
    await editor.get(`/admin/publications/${draft.id}/revisions/diff?from=1&to=2`);
    const text = visibleText(editor.lastHtml);
    expect(text).toMatch(/\[… [\d,]+ unchanged characters …\]/);
    expect(text).toMatch(/The ending \[deleted: was weak ?\] \[inserted: is strong ?\] \./);
    expect(text).toMatch(/unchanged characters …\] Paragraph 38 keeps/);
    expect(text).not.toContain('Paragraph 3 keeps');
    expect(text).toContain('Paragraph 39 keeps');
  });
});
