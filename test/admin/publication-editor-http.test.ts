import { afterEach, describe, expect, it } from 'vitest';
import { getPublication } from '../../src/actions/get-publication.js';
import { listEditorialPublications } from '../../src/actions/list-editorial-publications.js';
import { listRevisions } from '../../src/actions/list-revisions.js';
import { SYSTEM_ACTOR } from '../../src/domain/permissions.js';
import { withUser } from '../../src/actions/action-context.js';
import { contextOf } from '../accounts/support/account-helpers.js';
import { createDraft } from '../support/seed.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { editorFields, openEditorWorld } from './support/editor-client.js';

describe.each(DIALECTS)('publication list and editor over HTTP on %s', (dialect) => {
  const envs: TestEnv[] = [];
  afterEach(async () => {
    await Promise.all(envs.splice(0).map((e) => e.close()));
  });
  async function open() {
    const env = await openTestEnv(dialect);
    envs.push(env);
    return { env, ...(await openEditorWorld(env)) };
  }
  const system = (env: TestEnv) => withUser(env.context(null), SYSTEM_ACTOR);

  it('lists publications with status and series filters, search and sort; authors see only their own', async () => {
    const { env, users, signedIn } = await open();
    await createDraft(system(env), { title: 'Maritime Order in the Straits' });
    await createDraft(system(env), { title: 'Coastal Defence Budgets', series: 'working-papers' });
    const own = await createDraft(contextOf(env, users.author), { title: 'An Author’s Own Draft' });

    const editor = await signedIn('eve@example.org');
    expect((await editor.get('/admin/publications')).status).toBe(200);
    expect(editor.lastHtml).toContain('3 publications');
    for (const title of ['Maritime Order in the Straits', 'Coastal Defence Budgets', 'An Author’s Own Draft']) expect(editor.lastHtml).toContain(title);

    await editor.get('/admin/publications?series=working-papers');
    expect(editor.lastHtml).toContain('Coastal Defence Budgets');
    expect(editor.lastHtml).not.toContain('Maritime Order in the Straits');
    await editor.get('/admin/publications?q=maritime+straits');
    expect(editor.lastHtml).toContain('1 publication found');
    await editor.get('/admin/publications?status=published');
    expect(editor.lastHtml).toContain('Nothing matches this search.');
    await editor.get('/admin/publications?sort=title&dir=asc');
    const order = ['An Author’s Own Draft', 'Coastal Defence Budgets', 'Maritime Order in the Straits'].map((t) => editor.lastHtml.indexOf(t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const bad = await editor.get('/admin/publications?status=lost');
    expect(bad.status).toBe(400);
    expect(editor.lastHtml).toContain('is not one of the choices');

    const author = await signedIn('abe@example.org');
    await author.get('/admin/publications');
    expect(author.lastHtml).toContain('1 publication');
    expect(author.lastHtml).toContain(`/admin/publications/${own.id}`);
    expect(author.lastHtml).not.toContain('Maritime Order in the Straits');
  });

  it('sends signed-out visitors to sign in and keeps authors out of others’ work', async () => {
    const { env, app, signedIn } = await open();
    const other = await createDraft(system(env), { title: 'Not Yours' });
    const anonymous = await app.request('https://imprint.test/admin/publications/new');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toContain('/admin/sign-in');
    const author = await signedIn('abe@example.org');
    expect((await author.get(`/admin/publications/${other.id}`)).status).toBe(404);
    const refused = await author.postFields(`/admin/publications/${other.id}`, editorFields({ series: other.seriesId, title: 'Taken over', revision: 1 }), '/admin/publications/new');
    expect(refused.status).toBe(403);
    expect((await getPublication(system(env), { id: other.id })).title).toBe('Not Yours');
  });

  it('creates a publication from the plain form: ordered authors (person and outside name), terms and units', async () => {
    const { env, signedIn, ip, sarah, maritime, eastAsia, idss } = await open();
    const author = await signedIn('abe@example.org');
    expect((await author.get('/admin/publications/new')).status).toBe(200);
    expect(author.lastHtml).toContain('name="authors.0.person"');
    const fields = editorFields({
      series: ip.id, title: 'Minilateral Security in Asia',
      authors: [['', 'Jane Outsider'], [sarah.id, '']], terms: [maritime.id, eastAsia.id], units: [idss.id],
    });
    const created = await author.postFields('/admin/publications', fields);
    expect(created.status).toBe(303);
    const location = created.headers.get('location') ?? '';
    expect(location).toMatch(/^\/admin\/publications\/[a-z0-9]+\?notice=publication-created$/);
    const id = location.split('/')[3]?.split('?')[0] ?? '';
    const saved = await getPublication(system(env), { id });
    expect(saved).toMatchObject({ title: 'Minilateral Security in Asia', status: 'draft', seriesId: ip.id, date: '2025-03-14', revision: 1 });
    expect(saved.authors.map((a) => [a.name, a.personId])).toEqual([['Jane Outsider', null], ['Sarah Soh', sarah.id]]);
    expect(saved.termIds.sort()).toEqual([maritime.id, eastAsia.id].sort());
    expect(saved.unitIds).toEqual([idss.id]);
    expect(saved.bodyHtml).toContain('footnote');
    await author.get(location);
    expect(author.lastHtml).toContain('The draft is saved.');
    expect(author.lastHtml).toContain('value="Jane Outsider"');
  });

  it('refuses a form without a title, naming the field, and creates nothing', async () => {
    const { env, signedIn, ip } = await open();
    const editor = await signedIn('eve@example.org');
    const refused = await editor.postFields('/admin/publications', editorFields({ series: ip.id, title: '  ' }), '/admin/publications/new');
    expect(refused.status).toBe(400);
    expect(editor.lastHtml).toContain('href="#field-title"');
    expect(editor.lastHtml).toContain('must not be empty');
    expect((await listEditorialPublications(system(env))).total).toBe(0);
  });

  it('adds, moves and removes author rows without JavaScript, saving nothing until Save', async () => {
    const { env, signedIn, ip, sarah, tan } = await open();
    const editor = await signedIn('eve@example.org');
    const rows = editorFields({ series: ip.id, title: 'Rows', authors: [[sarah.id, ''], [tan.id, '']] });
    const moved = await editor.postFields('/admin/publications', [...rows, ['_op', 'author-up:1']], '/admin/publications/new');
    expect(moved.status).toBe(200);
    const tanAt = editor.lastHtml.indexOf(`<option value="${tan.id}" selected="">`);
    const sarahAt = editor.lastHtml.indexOf(`<option value="${sarah.id}" selected="">`);
    expect(tanAt).toBeGreaterThan(0);
    expect(tanAt).toBeLessThan(sarahAt);
    await editor.postFields('/admin/publications', [...rows, ['_op', 'author-add']]);
    expect(editor.lastHtml).toContain('name="authors.2.person"');
    await editor.postFields('/admin/publications', [...rows, ['_op', 'author-remove:0']]);
    expect(editor.lastHtml).not.toContain('name="authors.1.person"');
    expect(editor.lastHtml).toContain(`<option value="${tan.id}" selected="">`);
    expect((await listEditorialPublications(system(env))).total).toBe(0);
  });

  it('saves an edit as a new revision; a stale form is refused with 409, shown with the typed text, and kept in the history', async () => {
    const { env, signedIn, ip } = await open();
    const draft = await createDraft(system(env), { title: 'Original Title' });
    const editor = await signedIn('eve@example.org');
    await editor.get(`/admin/publications/${draft.id}`);
    expect(editor.lastHtml).toContain('name="revision" value="1"');
    const saved = await editor.postFields(`/admin/publications/${draft.id}`, editorFields({ series: ip.id, title: 'Edited Title', revision: 1 }));
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/admin/publications/${draft.id}?notice=publication-saved`);
    expect(await getPublication(system(env), { id: draft.id })).toMatchObject({ title: 'Edited Title', revision: 2 });

    const stale = await editor.postFields(`/admin/publications/${draft.id}`, editorFields({ series: ip.id, title: 'Typed on an old copy', revision: 1 }));
    expect(stale.status).toBe(409);
    expect(editor.lastHtml).toContain('Someone else saved this publication while you were editing');
    expect(editor.lastHtml).toContain('value="Typed on an old copy"');
    const current = await getPublication(system(env), { id: draft.id });
    expect(current).toMatchObject({ title: 'Edited Title', revision: 2 });
    const history = await listRevisions(system(env), { id: draft.id });
    const kept = history.revisions.find((r) => r.kind === 'conflict');
    expect(kept).toBeDefined();
  });
});
