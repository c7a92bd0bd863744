import { afterEach, describe, expect, it } from 'vitest';
import { getSiteChrome } from '../../src/actions/get-site-chrome.js';
import { DIALECTS } from '../support/test-services.js';
import { openAdminHarness, type AdminHarness } from './support/admin-session.js';

/** The settings form's text fields as a browser would post them back. */
function formFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const m of html.matchAll(/<input[^>]*name="(\w+)"[^>]*value="([^"]*)"/g)) fields[m[1] as string] = m[2] as string;
  for (const m of html.matchAll(/<textarea[^>]*name="(\w+)"[^>]*>([^<]*)<\/textarea>/g)) fields[m[1] as string] = m[2] as string;
  for (const m of html.matchAll(/<select[^>]*name="(\w+)"[^>]*>([\s\S]*?)<\/select>/g)) fields[m[1] as string] = /<option value="([^"]*)" selected/.exec(m[2] as string)?.[1] ?? '';
  delete fields._csrf;
  return fields;
}

describe.each(DIALECTS)('site settings screen on %s', (dialect) => {
  const harnesses: AdminHarness[] = [];
  afterEach(async () => {
    await Promise.all(harnesses.splice(0).map((h) => h.env.close()));
  });
  async function open() {
    const h = await openAdminHarness(dialect);
    harnesses.push(h);
    return h;
  }
  const settings = async (h: AdminHarness) => (await getSiteChrome(h.env.context(null))).settings;

  it('saves the institute name, colour and footer links, and the public site shows them', async () => {
    const h = await open();
    const admin = await h.as('admin');
    expect((await h.anonymous().get('/')).status).toBe(200);
    await admin.get('/admin/settings');
    const saved = await admin.post('/admin/settings', {
      ...formFields(admin.lastHtml),
      name: 'Institute for Maritime Policy', shortName: 'IMP', tagline: 'Research for safer seas', accentColor: '#1a5276',
      addressLines: '1 Harbour Road\nSingapore 000001', footerLinks: 'Careers | /careers\nContact us | /contact',
      socialLinks: 'x | imp_sg | https://x.com/imp_sg',
    });
    expect(saved.status).toBe(303);
    expect(await settings(h)).toMatchObject({
      name: 'Institute for Maritime Policy', accentColor: '#1a5276', addressLines: ['1 Harbour Road', 'Singapore 000001'],
      footerLinks: [{ label: 'Careers', url: '/careers' }, { label: 'Contact us', url: '/contact' }],
      socialLinks: [{ network: 'x', label: 'imp_sg', url: 'https://x.com/imp_sg' }],
    });
    const home = await h.anonymous().get('/');
    const html = await home.text();
    expect(html).toContain('Institute for Maritime Policy');
    expect(html).toContain('Research for safer seas');
    expect(html).toContain('href="/careers"');
  });

  it('keeps the institute’s time zone, and refuses one that does not exist', async () => {
    const h = await open();
    const admin = await h.as('admin');
    await admin.get('/admin/settings');
    expect(admin.lastHtml).toContain('<option value="UTC" selected="">UTC</option>');
    expect((await admin.post('/admin/settings', { ...formFields(admin.lastHtml), timeZone: 'Asia/Singapore' })).status).toBe(303);
    expect((await settings(h)).timeZone).toBe('Asia/Singapore');
    await admin.get('/admin/settings');
    const refused = await admin.post('/admin/settings', { ...formFields(admin.lastHtml), timeZone: 'Mars/Olympus_Mons' });
    expect(refused.status).toBe(400);
    expect(admin.lastHtml).toContain('must be a time zone such as Asia/Singapore or UTC');
    expect((await settings(h)).timeZone).toBe('Asia/Singapore');
  });

  it('names the field at fault and changes nothing', async () => {
    const h = await open();
    const admin = await h.as('admin');
    const before = await settings(h);
    await admin.get('/admin/settings');
    const refused = await admin.post('/admin/settings', { ...formFields(admin.lastHtml), name: 'Renamed', accentColor: 'crimson', footerLinks: 'Careers | careers' });
    expect(refused.status).toBe(400);
    expect(admin.lastHtml).toContain('href="#field-accentColor"');
    expect(admin.lastHtml).toContain('must be a colour like #8a1538');
    expect(admin.lastHtml).toContain('value="Renamed"');
    expect(await settings(h)).toEqual(before);
  });

  it('is for admins only: editors and authors get 403, posts without a CSRF token are refused', async () => {
    const h = await open();
    const before = await settings(h);
    const admin = await h.as('admin');
    await admin.get('/admin/settings');
    const fields = formFields(admin.lastHtml);
    expect((await admin.post('/admin/settings', { ...fields, name: 'No token' }, { csrf: null })).status).toBe(403);
    for (const role of ['editor', 'author'] as const) {
      const b = await h.as(role);
      expect((await b.get('/admin/settings')).status).toBe(403);
      expect((await b.post('/admin/settings', { ...fields, name: `By the ${role}` }, { from: '/admin' })).status).toBe(403);
    }
    expect(await settings(h)).toEqual(before);
  });
});
