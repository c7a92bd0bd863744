import { afterEach, describe, expect, it } from 'vitest';
import { listSeries } from '../../src/actions/list-series.js';
import { DIALECTS } from '../support/test-services.js';
import { openAdminHarness, textOf, type AdminHarness } from './support/admin-session.js';

describe.each(DIALECTS)('series screens on %s', (dialect) => {
  const harnesses: AdminHarness[] = [];
  afterEach(async () => {
    await Promise.all(harnesses.splice(0).map((h) => h.env.close()));
  });
  async function open() {
    const h = await openAdminHarness(dialect);
    harnesses.push(h);
    return h;
  }
  const stored = async (h: AdminHarness) => listSeries(h.env.context(null));

  it('creates a series, lists, searches and sorts it, edits it', async () => {
    const h = await open();
    const editor = await h.as('editor');
    expect((await editor.get('/admin/series')).status).toBe(200);
    expect(textOf(editor.lastHtml)).toContain('No series yet');

    const created = await editor.post('/admin/series', {
      name: 'IDSS Paper', slug: 'idss-papers', codePrefix: 'IP', numbering: 'yearly', group: 'institute', datePrecision: 'day', unit: '', description: 'Papers.', position: '1',
    }, { from: '/admin/series/new' });
    expect(created.status).toBe(303);
    const location = created.headers.get('location') ?? '';
    expect(location).toMatch(/^\/admin\/series\/[^/?]+\?notice=saved$/);
    await editor.post('/admin/series', { name: 'RSIS Commentary', slug: 'commentaries', codePrefix: 'CO', numbering: 'yearly', group: 'institute', datePrecision: 'day', position: '0' }, { from: '/admin/series/new' });

    await editor.get('/admin/series?sort=name&dir=desc');
    const text = textOf(editor.lastHtml);
    expect(text).toContain('2 series');
    expect(text.indexOf('RSIS Commentary')).toBeLessThan(text.indexOf('IDSS Paper'));
    await editor.get('/admin/series?q=idss');
    expect(textOf(editor.lastHtml)).toContain('1 series found');
    expect(textOf(editor.lastHtml)).not.toContain('RSIS Commentary');

    const edited = await editor.post(location.split('?')[0] as string, {
      name: 'IDSS Papers', slug: 'idss-papers', codePrefix: 'IP', numbering: 'yearly', group: 'institute', datePrecision: 'month', unit: '', description: 'Working papers.', position: '1',
    }, { from: location });
    expect(edited.status).toBe(303);
    const idss = (await stored(h)).find((s) => s.slug === 'idss-papers');
    expect(idss).toMatchObject({ name: 'IDSS Papers', datePrecision: 'month', description: 'Working papers.', codePrefix: 'IP' });
  });

  it('refuses bad input naming the field, keeps what was typed, changes nothing', async () => {
    const h = await open();
    const editor = await h.as('editor');
    const refused = await editor.post('/admin/series', { name: 'Policy Report', slug: 'Policy Reports!', numbering: 'none', group: 'institute', datePrecision: 'day' }, { from: '/admin/series/new' });
    expect(refused.status).toBe(400);
    expect(editor.lastHtml).toContain('href="#field-slug"');
    expect(editor.lastHtml).toContain('value="Policy Report"');
    expect(await stored(h)).toEqual([]);
    const badQuery = await editor.get('/admin/series?sort=colour&page=0');
    expect(badQuery.status).toBe(400);
    expect(textOf(editor.lastHtml)).toContain('cannot sort by "colour"');
  });

  it('refuses a post without the CSRF field and an author altogether', async () => {
    const h = await open();
    const editor = await h.as('editor');
    await editor.get('/admin/series/new');
    const noToken = await editor.post('/admin/series', { name: 'X', slug: 'x', numbering: 'none', group: 'institute', datePrecision: 'day' }, { csrf: null });
    expect(noToken.status).toBe(403);
    const author = await h.as('author');
    expect((await author.get('/admin/series')).status).toBe(403);
    const byAuthor = await author.post('/admin/series', { name: 'X', slug: 'x', numbering: 'none', group: 'institute', datePrecision: 'day' }, { from: '/admin' });
    expect(byAuthor.status).toBe(403);
    expect(await stored(h)).toEqual([]);
  });
});
