import { afterEach, describe, expect, it } from 'vitest';
import { listPeople } from '../../src/actions/list-people.js';
import { saveUnit } from '../../src/actions/save-unit.js';
import { systemContext } from '../support/seed.js';
import { DIALECTS } from '../support/test-services.js';
import { openAdminHarness, textOf, type AdminHarness } from './support/admin-session.js';

describe.each(DIALECTS)('people screens on %s', (dialect) => {
  const harnesses: AdminHarness[] = [];
  afterEach(async () => {
    await Promise.all(harnesses.splice(0).map((h) => h.env.close()));
  });
  async function open() {
    const h = await openAdminHarness(dialect);
    harnesses.push(h);
    return h;
  }
  const people = async (h: AdminHarness) => listPeople(h.env.context(null));

  it('adds a person with units and links, shows them on the site, filters the list by unit', async () => {
    const h = await open();
    const idss = await saveUnit(systemContext(h.env), { slug: 'idss', acronym: 'IDSS', name: 'Institute of Defence and Strategic Studies', kind: 'centre' });
    const editor = await h.as('editor');
    const created = await editor.post('/admin/people', {
      honorific: 'Dr', name: 'Tan Mei Ling', rank: 'Senior Fellow', slug: '', group: '', email: 'mei@example.org', photo: '',
      bio: 'Works on **maritime** law.', expertise: 'Maritime security\nASEAN', links: 'Google Scholar | https://scholar.example.org/mei',
      [`unit.${idss.id}`]: 'true', position: '',
    }, { from: '/admin/people/new' });
    expect(created.status).toBe(303);
    const [person] = await people(h);
    expect(person).toMatchObject({ slug: 'tan-mei-ling', unitIds: [idss.id], expertise: ['Maritime security', 'ASEAN'], links: [{ label: 'Google Scholar', url: 'https://scholar.example.org/mei' }] });
    const profile = await editor.get('/people/tan-mei-ling');
    expect(profile.status).toBe(200);
    expect(editor.lastHtml).toContain('<strong>maritime</strong>');

    await editor.get(`/admin/people?unit=${idss.id}`);
    expect(textOf(editor.lastHtml)).toContain('1 person found');
    expect((await editor.get('/admin/people?unit=nope')).status).toBe(400);
  });

  it('refuses a stale save with a clear message, keeping what was typed; a save after it goes through', async () => {
    const h = await open();
    const editor = await h.as('editor');
    const other = await h.as('admin');
    await editor.post('/admin/people', { name: 'Lee Wei', rank: 'Fellow' }, { from: '/admin/people/new' });
    const [person] = await people(h);
    const path = `/admin/people/${person!.id}`;
    await editor.get(path);
    const editorToken = await editor.csrfToken();
    const base = /name="expectedUpdatedAt" value="([^"]+)"/.exec(editor.lastHtml)?.[1] ?? '';
    expect(base).toBe(person!.updatedAt);

    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await other.post(path, { name: 'Lee Wei', rank: 'Research Fellow', expectedUpdatedAt: base }, { from: path })).status).toBe(303);
    const stale = await editor.post(path, { name: 'Lee Wei', rank: 'Senior Fellow (typed by the editor)', expectedUpdatedAt: base }, { csrf: editorToken });
    expect(stale.status).toBe(409);
    expect(textOf(editor.lastHtml)).toContain('Someone else saved this in the meantime');
    expect(editor.lastHtml).toContain('Senior Fellow (typed by the editor)');
    expect((await people(h))[0]?.rank).toBe('Research Fellow');

    const again = await editor.post(path, { name: 'Lee Wei', rank: 'Senior Fellow', expectedUpdatedAt: /name="expectedUpdatedAt" value="([^"]+)"/.exec(editor.lastHtml)?.[1] ?? '' });
    expect(again.status).toBe(303);
    expect((await people(h))[0]?.rank).toBe('Senior Fellow');
  });

  it('names the field at fault and keeps the list unchanged; authors are refused', async () => {
    const h = await open();
    const editor = await h.as('editor');
    const refused = await editor.post('/admin/people', { name: 'Bad Mail', email: 'not-an-address', links: 'Home | not a url' }, { from: '/admin/people/new' });
    expect(refused.status).toBe(400);
    expect(editor.lastHtml).toContain('href="#field-email"');
    expect(editor.lastHtml).toContain('must be a valid email address');
    expect(await people(h)).toEqual([]);
    const author = await h.as('author');
    expect((await author.get('/admin/people')).status).toBe(403);
    expect((await author.post('/admin/people', { name: 'Sneaky' }, { from: '/admin' })).status).toBe(403);
    expect((await editor.post('/admin/people', { name: 'No token' }, { csrf: null })).status).toBe(403);
    expect(await people(h)).toEqual([]);
  });
});
