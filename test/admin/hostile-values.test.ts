import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { createTaxonomy } from '../../src/actions/save-taxonomy.js';
import { systemContext } from '../support/seed.js';
import { DIALECTS } from '../support/test-services.js';
import type { AdminBrowser } from '../authz/support/admin-browser.js';
import { openAdminHarness, type AdminHarness } from './support/admin-session.js';

const HOSTILE = `<script>alert(1)</script>"'><img src=x onerror=alert(2)>`;

/** No element the hostile value could have made: an inline script, an event handler, its image. */
function expectInert(html: string, where: string): void {
  const { document } = parseHTML(html);
  const elements = [...document.querySelectorAll('*')];
  const handlers = elements.flatMap((el) => [...el.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `${el.tagName} ${a.name}`));
  expect(handlers, where).toEqual([]);
  const scripts = [...document.querySelectorAll('script')].filter((el) => !el.getAttribute('src') && el.getAttribute('type') !== 'application/ld+json');
  expect(scripts.map((el) => el.outerHTML), where).toEqual([]);
  expect(document.querySelectorAll('img[src="x"]').length, where).toBe(0);
}

describe.each(DIALECTS)('hostile values in the structure screens on %s', (dialect) => {
  const harnesses: AdminHarness[] = [];
  afterEach(async () => {
    await Promise.all(harnesses.splice(0).map((h) => h.env.close()));
  });

  it('stores them as typed and prints them inert in the back office and on the site', async () => {
    const h = await openAdminHarness(dialect);
    harnesses.push(h);
    const themes = await createTaxonomy(systemContext(h.env), { slug: 'themes', name: 'Themes', path: 'themes' });
    const admin = await h.as('admin');
    const post = async (b: AdminBrowser, path: string, fields: Record<string, string>, from: string) => {
      const response = await b.post(path, fields, { from });
      expect(response.status, `${path}: ${b.lastHtml.slice(0, 300)}`).toBe(303);
      return response.headers.get('location') ?? '';
    };
    const seriesAt = await post(admin, '/admin/series', { name: HOSTILE, slug: 'hostile-series', numbering: 'none', group: 'institute', datePrecision: 'day', description: HOSTILE }, '/admin/series/new');
    const personAt = await post(admin, '/admin/people', { name: HOSTILE, slug: 'hostile-person', rank: HOSTILE, bio: HOSTILE, expertise: HOSTILE, links: `${HOSTILE} | https://example.org/"onmouseover=alert(3)` }, '/admin/people/new');
    const unitAt = await post(admin, '/admin/units', { name: HOSTILE, acronym: 'HX', slug: 'hostile-unit', kind: 'centre', description: HOSTILE }, '/admin/units/new');
    const termAt = await post(admin, '/admin/terms', { taxonomy: themes.id, name: HOSTILE, slug: 'hostile-term', description: HOSTILE }, '/admin/terms/new');
    const pageAt = await post(admin, '/admin/pages', { title: HOSTILE, slug: 'hostile-page', summary: HOSTILE, body: HOSTILE, isPublished: 'true' }, '/admin/pages/new');
    await admin.get('/admin/menus');
    await post(admin, '/admin/menus/main', { 'items.0.label': HOSTILE, 'items.0.url': '/hostile-page', 'items.0.depth': '0', op: 'save' }, '/admin/menus');
    await admin.get('/admin/settings');
    await post(admin, '/admin/settings', { name: HOSTILE, shortName: 'HX', copyrightHolder: HOSTILE, tagline: HOSTILE, accentColor: '#123456', footerLinks: `${HOSTILE} | /hostile-page` }, '/admin/settings');

    const adminPages = ['/admin/series', '/admin/people', '/admin/units', '/admin/terms', '/admin/pages', '/admin/menus', '/admin/settings', '/admin', seriesAt, personAt, unitAt, termAt, pageAt];
    for (const path of adminPages) {
      const response = await admin.get(path);
      expect(response.status, path).toBe(200);
      expectInert(admin.lastHtml, path);
    }
    expect(admin.lastHtml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');

    const reader = h.anonymous();
    for (const path of ['/', '/publications/hostile-series', '/people/hostile-person', '/research/hostile-unit', '/themes/hostile-term', '/hostile-page']) {
      const response = await reader.get(path);
      expect(response.status, path).toBe(200);
      expectInert(await response.text(), path);
    }
  });
});
