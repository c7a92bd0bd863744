import { afterEach, describe, expect, it } from 'vitest';
import { getSiteChrome } from '../../src/actions/get-site-chrome.js';
import { replaceMenu } from '../../src/actions/replace-menu.js';
import { systemContext } from '../support/seed.js';
import { DIALECTS } from '../support/test-services.js';
import { openAdminHarness, type AdminHarness } from './support/admin-session.js';

/** The fields the menu form posts for its current rows (as a browser would send them back). */
function formFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input[^>]*name="(items\.\d+\.(?:label|url|depth))"[^>]*value="([^"]*)"/g)) fields[match[1] as string] = (match[2] as string).replace(/&amp;/g, '&');
  return fields;
}

describe.each(DIALECTS)('menu screen on %s', (dialect) => {
  const harnesses: AdminHarness[] = [];
  afterEach(async () => {
    await Promise.all(harnesses.splice(0).map((h) => h.env.close()));
  });
  async function open() {
    const h = await openAdminHarness(dialect);
    harnesses.push(h);
    await replaceMenu(systemContext(h.env), {
      menu: 'main',
      items: [
        { label: 'About Us', url: '/about', children: [{ label: 'Introduction', url: '/about/introduction' }] },
        { label: 'Research Centres', url: '/research' },
        { label: 'Contact Us', url: '/contact' },
      ],
    });
    return h;
  }
  const mainLabels = async (h: AdminHarness) => (await getSiteChrome(h.env.context(null))).mainMenu.map((n) => [n.label, ...n.children.map((c) => `-${c.label}`)]).flat();

  it('moves an item down with a button, saves at once, and the public site shows the new order', async () => {
    const h = await open();
    const editor = await h.as('editor');
    await editor.get('/admin/menus');
    const fields = formFields(editor.lastHtml);
    expect(fields['items.1.label']).toBe('Introduction');
    expect(fields['items.1.depth']).toBe('1');

    const moved = await editor.post('/admin/menus/main', { ...fields, op: 'down:0' });
    expect(moved.status).toBe(303);
    expect(moved.headers.get('location')).toBe('/admin/menus?menu=main&notice=menu-saved');
    expect(await mainLabels(h)).toEqual(['Research Centres', 'About Us', '-Introduction', 'Contact Us']);

    const home = await h.anonymous().get('/');
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html.indexOf('Research Centres')).toBeGreaterThan(-1);
    expect(html.indexOf('Research Centres')).toBeLessThan(html.indexOf('About Us'));

    await editor.get('/admin/menus?menu=main&notice=menu-saved');
    const added = await editor.post('/admin/menus/main', { ...formFields(editor.lastHtml), 'items.4.label': 'Events', 'items.4.url': '/events', 'items.4.depth': '0', op: 'save' });
    expect(added.status).toBe(303);
    expect(await mainLabels(h)).toEqual(['Research Centres', 'About Us', '-Introduction', 'Contact Us', 'Events']);
  });

  it('takes an item out with everything under it only when the menu is saved', async () => {
    const h = await open();
    const editor = await h.as('editor');
    await editor.get('/admin/menus');
    const removed = await editor.post('/admin/menus/main', { ...formFields(editor.lastHtml), op: 'remove:0' });
    expect(removed.status).toBe(200);
    expect(editor.lastHtml).toContain('“About Us” and the 1 item under it are taken out.');
    expect(await mainLabels(h)).toEqual(['About Us', '-Introduction', 'Research Centres', 'Contact Us']);
    expect((await editor.post('/admin/menus/main', { ...formFields(editor.lastHtml), op: 'save' })).status).toBe(303);
    expect(await mainLabels(h)).toEqual(['Research Centres', 'Contact Us']);
  });

  it('refuses a bad address naming the row, keeps the rows typed, saves nothing', async () => {
    const h = await open();
    const editor = await h.as('editor');
    await editor.get('/admin/menus');
    const fields = { ...formFields(editor.lastHtml), 'items.1.url': 'javascript:alert(1)', 'items.2.label': 'Research (renamed)' };
    const refused = await editor.post('/admin/menus/main', { ...fields, op: 'save' });
    expect(refused.status).toBe(400);
    expect(editor.lastHtml).toContain('href="#field-items.1.url"');
    expect(editor.lastHtml).toContain('value="Research (renamed)"');
    expect(await mainLabels(h)).toEqual(['About Us', '-Introduction', 'Research Centres', 'Contact Us']);
  });

  it('refuses authors, posts without a CSRF token and unknown menus', async () => {
    const h = await open();
    const editor = await h.as('editor');
    await editor.get('/admin/menus');
    const fields = formFields(editor.lastHtml);
    expect((await editor.post('/admin/menus/main', { ...fields, op: 'down:0' }, { csrf: null })).status).toBe(403);
    expect((await editor.get('/admin/menus?menu=sidebar')).status).toBe(400);
    const author = await h.as('author');
    expect((await author.get('/admin/menus')).status).toBe(403);
    expect((await author.post('/admin/menus/main', { ...fields, op: 'down:0' }, { from: '/admin' })).status).toBe(403);
    expect(await mainLabels(h)).toEqual(['About Us', '-Introduction', 'Research Centres', 'Contact Us']);
  });
});
