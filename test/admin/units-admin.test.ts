import { afterEach, describe, expect, it } from 'vitest';
import { listResearchUnits } from '../../src/actions/list-research-units.js';
import { DIALECTS } from '../support/test-services.js';
import { openAdminHarness, textOf, type AdminHarness } from './support/admin-session.js';

describe.each(DIALECTS)('research unit screens on %s', (dialect) => {
  const harnesses: AdminHarness[] = [];
  afterEach(async () => {
    await Promise.all(harnesses.splice(0).map((h) => h.env.close()));
  });
  async function open() {
    const h = await openAdminHarness(dialect);
    harnesses.push(h);
    return h;
  }
  const units = async (h: AdminHarness) => {
    const index = await listResearchUnits(h.env.context(null));
    return [...index.centres, ...index.programmes, ...index.other];
  };

  it('builds the centre/programme tree, lists it indented, refuses a unit under itself', async () => {
    const h = await open();
    const editor = await h.as('editor');
    await editor.post('/admin/units', { name: 'Centre of Excellence for National Security', acronym: 'CENS', slug: 'cens', kind: 'centre', parent: '', position: '2' }, { from: '/admin/units/new' });
    await editor.post('/admin/units', { name: 'Institute of Defence and Strategic Studies', acronym: 'IDSS', slug: 'idss', kind: 'centre', parent: '', position: '1' }, { from: '/admin/units/new' });
    const idss = (await units(h)).find((u) => u.slug === 'idss')!;
    const created = await editor.post('/admin/units', { name: 'Military Studies Programme', acronym: 'MSP', slug: 'msp', kind: 'programme', parent: idss.id, activeFrom: '2004' }, { from: '/admin/units/new' });
    expect(created.status).toBe(303);
    expect((await units(h)).find((u) => u.slug === 'msp')).toMatchObject({ parentId: idss.id, activeFrom: 2004, activeTo: null });

    await editor.get('/admin/units');
    const text = textOf(editor.lastHtml);
    expect(text.indexOf('Institute of Defence')).toBeLessThan(text.indexOf('Military Studies Programme'));
    expect(text.indexOf('Military Studies Programme')).toBeLessThan(text.indexOf('Centre of Excellence'));
    expect(editor.lastHtml).toContain('tree-depth-1');

    // The form offers no way to put IDSS under itself; a crafted post is refused by the action.
    await editor.get(`/admin/units/${idss.id}`);
    expect(editor.lastHtml).not.toMatch(new RegExp(`<option value="${idss.id}"`));
    const refused = await editor.post(`/admin/units/${idss.id}`, { name: 'IDSS', acronym: 'IDSS', slug: 'idss', kind: 'centre', parent: idss.id });
    expect(refused.status).toBe(400);
    expect(editor.lastHtml).toContain('a unit cannot be its own parent');
    expect((await units(h)).find((u) => u.slug === 'idss')?.parentId).toBeNull();
  });

  it('names the year at fault, changes nothing, and refuses authors and posts without a CSRF token', async () => {
    const h = await open();
    const editor = await h.as('editor');
    const refused = await editor.post('/admin/units', { name: 'Old Programme', slug: 'old', kind: 'programme', activeFrom: '2010', activeTo: '2001' }, { from: '/admin/units/new' });
    expect(refused.status).toBe(400);
    expect(editor.lastHtml).toContain('href="#field-activeTo"');
    expect(editor.lastHtml).toContain('value="Old Programme"');
    expect(await units(h)).toEqual([]);
    expect((await editor.post('/admin/units', { name: 'X', slug: 'x', kind: 'centre' }, { csrf: null })).status).toBe(403);
    const author = await h.as('author');
    expect((await author.get('/admin/units')).status).toBe(403);
    expect((await author.post('/admin/units', { name: 'X', slug: 'x', kind: 'centre' }, { from: '/admin' })).status).toBe(403);
    expect(await units(h)).toEqual([]);
  });
});
