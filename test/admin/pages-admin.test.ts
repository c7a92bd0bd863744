import { afterEach, describe, expect, it } from 'vitest';
import { listPages } from '../../src/actions/list-pages.js';
import { savePage } from '../../src/actions/save-page.js';
import { contextOf, createRoleUsers } from '../accounts/support/account-helpers.js';
import { systemContext } from '../support/seed.js';
import { DIALECTS, openTestEnv } from '../support/test-services.js';
import { openAdminHarness, textOf, type AdminHarness } from './support/admin-session.js';

describe.each(DIALECTS)('page screens on %s', (dialect) => {
  const harnesses: AdminHarness[] = [];
  afterEach(async () => {
    await Promise.all(harnesses.splice(0).map((h) => h.env.close()));
  });
  async function open() {
    const h = await openAdminHarness(dialect);
    harnesses.push(h);
    return h;
  }
  const pages = async (h: AdminHarness) => listPages(systemContext(h.env));

  it('adds a page and a child, publishes them on the site, moves one with a redirect from its old address', async () => {
    const h = await open();
    const editor = await h.as('editor');
    expect((await editor.post('/admin/pages', { title: 'About', slug: '', body: 'We are **an institute**.', isPublished: 'true' }, { from: '/admin/pages/new' })).status).toBe(303);
    const about = (await pages(h))[0]!;
    await editor.post('/admin/pages', { title: 'Our History', parent: about.id, slug: 'history', body: '## Since 1996', isPublished: 'true' }, { from: `/admin/pages/new?parent=${about.id}` });
    expect((await pages(h)).map((p) => p.path)).toEqual(['/about', '/about/history']);

    expect((await editor.get('/about/history')).status).toBe(200);
    expect(editor.lastHtml).toContain('Since 1996');
    await editor.get('/admin/pages');
    expect(editor.lastHtml).toContain('tree-depth-1');
    expect(textOf(editor.lastHtml)).toContain('2 pages');

    const history = (await pages(h)).find((p) => p.slug === 'history')!;
    const path = `/admin/pages/${history.id}`;
    await editor.get(path);
    const base = /name="expectedUpdatedAt" value="([^"]+)"/.exec(editor.lastHtml)?.[1] ?? '';
    const moved = await editor.post(path, { title: 'Our History', parent: '', slug: 'history', body: '## Since 1996', isPublished: 'true', expectedUpdatedAt: base });
    expect(moved.status).toBe(303);
    const old = await editor.get('/about/history');
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe('/history');
  });

  it('refuses a stale save, keeping the typed body, and an unpublished page stays off the site', async () => {
    const h = await open();
    const editor = await h.as('editor');
    const admin = await h.as('admin');
    await editor.post('/admin/pages', { title: 'Careers', body: 'Join us.', isPublished: 'false' }, { from: '/admin/pages/new' });
    const careers = (await pages(h))[0]!;
    expect((await h.anonymous().get('/careers')).status).toBe(404);
    const path = `/admin/pages/${careers.id}`;
    await editor.get(path);
    const editorToken = await editor.csrfToken();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await admin.post(path, { title: 'Careers', body: 'Join us today.', isPublished: 'false', expectedUpdatedAt: careers.updatedAt }, { from: path });
    const stale = await editor.post(path, { title: 'Careers', body: 'My long careful rewrite.', isPublished: 'false', expectedUpdatedAt: careers.updatedAt }, { csrf: editorToken });
    expect(stale.status).toBe(409);
    expect(textOf(editor.lastHtml)).toContain('Someone else saved this in the meantime');
    expect(editor.lastHtml).toContain('My long careful rewrite.');
    expect((await pages(h))[0]?.body).toBe('Join us today.');
  });

  it('names a reserved slug as the field at fault; authors, token-less posts and the list action refuse', async () => {
    const h = await open();
    const editor = await h.as('editor');
    const refused = await editor.post('/admin/pages', { title: 'Admin', slug: 'admin', body: 'x' }, { from: '/admin/pages/new' });
    expect(refused.status).toBe(400);
    expect(editor.lastHtml).toContain('href="#field-slug"');
    expect(editor.lastHtml).toContain('is used by the site itself');
    expect(await pages(h)).toEqual([]);
    expect((await editor.post('/admin/pages', { title: 'X' }, { csrf: null })).status).toBe(403);
    const author = await h.as('author');
    expect((await author.get('/admin/pages')).status).toBe(403);
    expect((await author.post('/admin/pages', { title: 'X' }, { from: '/admin' })).status).toBe(403);
    expect(await pages(h)).toEqual([]);
  });
});

describe.each(DIALECTS)('listPages on %s', (dialect) => {
  it('lists unpublished pages for editors and refuses authors and anonymous callers', async () => {
    const env = await openTestEnv(dialect);
    try {
      const users = await createRoleUsers(env);
      await savePage(systemContext(env), { title: 'Draft page', isPublished: false });
      expect((await listPages(contextOf(env, users.editor))).map((p) => p.title)).toEqual(['Draft page']);
      await expect(listPages(contextOf(env, users.author))).rejects.toMatchObject({ code: 'forbidden' });
      await expect(listPages(contextOf(env, null))).rejects.toMatchObject({ code: 'unauthenticated' });
    } finally {
      await env.close();
    }
  });
});
