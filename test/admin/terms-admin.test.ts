import { afterEach, describe, expect, it } from 'vitest';
import { createTaxonomy } from '../../src/actions/save-taxonomy.js';
import { listTerms } from '../../src/actions/list-terms.js';
import { systemContext } from '../support/seed.js';
import { DIALECTS } from '../support/test-services.js';
import { openAdminHarness, textOf, type AdminHarness } from './support/admin-session.js';

describe.each(DIALECTS)('term screens on %s', (dialect) => {
  const harnesses: AdminHarness[] = [];
  afterEach(async () => {
    await Promise.all(harnesses.splice(0).map((h) => h.env.close()));
  });
  async function open() {
    const h = await openAdminHarness(dialect);
    harnesses.push(h);
    const ctx = systemContext(h.env);
    const themes = await createTaxonomy(ctx, { slug: 'themes', name: 'Themes', path: 'themes' });
    const regions = await createTaxonomy(ctx, { slug: 'regions', name: 'Regions', path: 'regions', position: 1 });
    return { h, themes, regions };
  }
  const terms = async (h: AdminHarness) => (await listTerms(h.env.context(null))).flatMap((l) => l.terms);

  it('adds terms to a taxonomy, filters by taxonomy, edits and confirms one', async () => {
    const { h, themes, regions } = await open();
    const editor = await h.as('editor');
    await editor.get('/admin/terms/new?taxonomy=regions');
    expect(editor.lastHtml).toMatch(new RegExp(`<option value="${regions.id}" selected`));
    expect((await editor.post('/admin/terms', { taxonomy: themes.id, name: 'Maritime Security', slug: '', needsReview: 'true' })).status).toBe(303);
    await editor.post('/admin/terms', { taxonomy: regions.id, name: 'Southeast Asia and ASEAN', slug: 'southeast-asia' }, { from: '/admin/terms/new' });

    await editor.get('/admin/terms?taxonomy=themes');
    const text = textOf(editor.lastHtml);
    expect(text).toContain('1 term found');
    expect(text).toContain('Maritime Security');
    expect(text).toContain('Needs review');
    expect(text).not.toContain('Southeast Asia');

    const maritime = (await terms(h)).find((t) => t.slug === 'maritime-security')!;
    const path = `/admin/terms/${maritime.id}`;
    const saved = await editor.post(path, { taxonomy: themes.id, name: 'Maritime Security', slug: 'maritime-security', description: 'Sea lanes.', needsReview: 'false' }, { from: path });
    expect(saved.status).toBe(303);
    expect((await terms(h)).find((t) => t.id === maritime.id)).toMatchObject({ needsReview: false, description: 'Sea lanes.' });
    expect((await editor.get('/themes/maritime-security')).status).toBe(200);
  });

  it('adds a taxonomy, refusing an address already taken', async () => {
    const { h } = await open();
    const editor = await h.as('editor');
    const added = await editor.post('/admin/taxonomies', { name: 'Sectors', slug: 'sector', path: 'sectors', position: '2' }, { from: '/admin/taxonomies/new' });
    expect(added.status).toBe(303);
    expect(added.headers.get('location')).toBe('/admin/terms?taxonomy=sector&notice=saved');
    const taken = await editor.post('/admin/taxonomies', { name: 'More themes', slug: 'more-themes', path: 'themes' }, { from: '/admin/taxonomies/new' });
    expect(taken.status).toBe(400);
    expect(editor.lastHtml).toContain('href="#field-path"');
    expect((await listTerms(h.env.context(null))).map((l) => l.taxonomy.slug)).toEqual(['themes', 'regions', 'sector']);
    const author = await h.as('author');
    expect((await author.post('/admin/taxonomies', { name: 'X', slug: 'x', path: 'x' }, { from: '/admin' })).status).toBe(403);
  });

  it('names the field at fault and changes nothing; authors and token-less posts are refused', async () => {
    const { h, themes } = await open();
    const editor = await h.as('editor');
    const refused = await editor.post('/admin/terms', { taxonomy: '', name: 'Orphan' }, { from: '/admin/terms/new' });
    expect(refused.status).toBe(400);
    expect(editor.lastHtml).toContain('href="#field-taxonomy"');
    expect(editor.lastHtml).toContain('value="Orphan"');
    expect(await terms(h)).toEqual([]);
    expect((await editor.post('/admin/terms', { taxonomy: themes.id, name: 'X' }, { csrf: null })).status).toBe(403);
    const author = await h.as('author');
    expect((await author.get('/admin/terms')).status).toBe(403);
    expect((await author.post('/admin/terms', { taxonomy: themes.id, name: 'X' }, { from: '/admin' })).status).toBe(403);
    expect(await terms(h)).toEqual([]);
  });
});
