import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savePerson } from '../../src/actions/save-person.js';
import { saveSeries } from '../../src/actions/save-series.js';
import { saveUnit } from '../../src/actions/save-unit.js';
import { saveTerm } from '../../src/actions/save-taxonomy.js';
import { savePage } from '../../src/actions/save-page.js';
import { getPage } from '../../src/actions/get-page.js';
import { replaceMenu } from '../../src/actions/replace-menu.js';
import { getSiteChrome } from '../../src/actions/get-site-chrome.js';
import { updateSettings } from '../../src/actions/update-settings.js';
import { findRedirect } from '../../src/actions/find-redirect.js';
import { listDirectory } from '../../src/actions/list-directory.js';
import { getUnitPage } from '../../src/actions/get-unit-page.js';
import { getTermPage, getTaxonomyIndex } from '../../src/actions/get-term-page.js';
import { publishPublication } from '../../src/actions/publish-publication.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { createDraft, seedBasics, systemContext } from '../support/seed.js';

describe.each(DIALECTS)('structure actions on %s', (dialect) => {
  let env: TestEnv;
  let seed: Awaited<ReturnType<typeof seedBasics>>;
  beforeAll(async () => {
    env = await openTestEnv(dialect);
    seed = await seedBasics(env);
  });
  afterAll(async () => env.close());

  it('changes only the fields an update names, for people, series, units and terms', async () => {
    const ctx = systemContext(env);
    const renamed = await savePerson(ctx, { id: seed.sarah.id, name: 'Sarah H. Soh' });
    expect(renamed).toMatchObject({ name: 'Sarah H. Soh', slug: 'sarah-soh', rank: 'Associate Research Fellow', groupId: seed.faculty.id, unitIds: [seed.idss.id] });
    expect(renamed.bio).toBe('Sarah Soh is Associate Research Fellow.');
    await savePerson(ctx, { id: seed.sarah.id, name: 'Sarah Soh' });
    const series = await saveSeries(ctx, { id: seed.ip.id, description: 'Papers of IDSS.' });
    expect(series).toMatchObject({ codePrefix: 'IP', numbering: 'yearly', unitId: seed.idss.id, description: 'Papers of IDSS.' });
    const unit = await saveUnit(ctx, { id: seed.idss.id, description: 'The founding institute.' });
    expect(unit).toMatchObject({ acronym: 'IDSS', kind: 'centre', descriptionHtml: '<p>The founding institute.</p>' });
    const term = await saveTerm(ctx, { id: seed.maritime.id, description: 'Seas and straits.' });
    expect(term).toMatchObject({ name: 'Maritime Security', slug: 'maritime-security', description: 'Seas and straits.' });
  });

  it('refuses duplicate slugs, bad emails, yearly series without a prefix, and unknown references', async () => {
    const ctx = systemContext(env);
    await expect(savePerson(ctx, { name: 'Another Sarah', slug: 'sarah-soh' })).rejects.toMatchObject({ issues: [{ field: 'slug' }] });
    await expect(savePerson(ctx, { name: 'Bad Mail', email: 'not-an-email' })).rejects.toMatchObject({ issues: [{ field: 'email' }] });
    await expect(savePerson(ctx, { name: 'No Group', group: 'nope' })).rejects.toMatchObject({ issues: [{ field: 'group' }] });
    await expect(saveSeries(ctx, { slug: 'x-series', name: 'X', numbering: 'yearly' })).rejects.toMatchObject({ issues: [{ field: 'codePrefix' }] });
    await expect(saveUnit(ctx, { slug: 'old', name: 'Old', kind: 'programme', activeFrom: 2020, activeTo: 2017 })).rejects.toMatchObject({ issues: [{ field: 'activeTo' }] });
    expect((await env.store.people.list()).map((p) => p.name)).not.toContain('Bad Mail');
  });

  it('keeps page paths in step with the tree and redirects moved pages', async () => {
    const ctx = systemContext(env);
    const about = await savePage(ctx, { title: 'About RSIS', slug: 'about' });
    const intro = await savePage(ctx, { title: 'Introduction', parent: about.id, body: 'We study *security*.' });
    const history = await savePage(ctx, { title: 'History', parent: '/about/introduction' });
    expect(intro.path).toBe('/about/introduction');
    expect(history.path).toBe('/about/introduction/history');
    await savePage(ctx, { id: about.id, slug: 'about-us' });
    const view = await getPage(env.context(null), { path: '/about-us/introduction/history' });
    expect(view.ancestors.map((p) => p.title)).toEqual(['About RSIS', 'Introduction']);
    expect(await findRedirect(env.context(null), { path: '/about/introduction/history' })).toBe('/about-us/introduction/history');
    expect(await findRedirect(env.context(null), { path: '/about' })).toBe('/about-us');
    await expect(savePage(ctx, { title: 'API', slug: 'api' })).rejects.toMatchObject({ issues: [{ field: 'slug' }] });
    await expect(savePage(ctx, { id: about.id, parent: history.id })).rejects.toMatchObject({ issues: [{ field: 'parent' }] });
    const hidden = await savePage(ctx, { title: 'Hidden', isPublished: false });
    await expect(getPage(env.context(null), { path: hidden.path })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('saves menus as trees and validates their links', async () => {
    const ctx = systemContext(env);
    await replaceMenu(ctx, {
      menu: 'main',
      items: [
        { label: 'About RSIS', url: '/about-us', children: [{ label: 'Staff Profiles', children: [{ label: 'Faculty and Research', url: '/people/groups/faculty-and-research' }] }] },
        { label: 'Events', url: '/events' },
      ],
    });
    const chrome = await getSiteChrome(env.context(null));
    expect(chrome.mainMenu.map((n) => n.label)).toEqual(['About RSIS', 'Events']);
    expect(chrome.mainMenu[0]?.children[0]?.url).toBeNull();
    expect(chrome.mainMenu[0]?.children[0]?.children[0]?.label).toBe('Faculty and Research');
    await expect(replaceMenu(ctx, { menu: 'main', items: [{ label: 'Bad', url: 'javascript:alert(1)' }] }))
      .rejects.toMatchObject({ issues: [{ field: 'items.0.url' }] });
    expect((await getSiteChrome(env.context(null))).mainMenu).toHaveLength(2);
  });

  it('updates settings by key and rejects bad values', async () => {
    const ctx = systemContext(env);
    await updateSettings(ctx, { name: 'S. Rajaratnam School of International Studies', accentColor: '#123456' });
    await updateSettings(ctx, { tagline: 'Ponder the improbable' });
    const { settings } = await getSiteChrome(env.context(null));
    expect(settings).toMatchObject({ name: 'S. Rajaratnam School of International Studies', accentColor: '#123456', tagline: 'Ponder the improbable' });
    await expect(updateSettings(ctx, { accentColor: 'red' })).rejects.toMatchObject({ issues: [{ field: 'accentColor' }] });
    await expect(updateSettings(env.context(null), { name: 'Hijacked' })).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('reads the directory, unit and term pages', async () => {
    const ctx = systemContext(env);
    await publishPublication(ctx, { id: (await createDraft(ctx, { title: 'On the Seas', terms: ['theme:maritime-security'] })).id });
    const directory = await listDirectory(env.context(null));
    expect(directory.sections.map((s) => s.group.name)).toEqual(['Faculty and Research']);
    expect(directory.sections[0]?.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Sarah Soh', 'Tan Wei Ming']));
    const unitPage = await getUnitPage(env.context(null), { slug: 'idss' });
    expect(unitPage.series.map((s) => s.slug)).toEqual(['idss-papers']);
    expect(unitPage.publications.items.map((p) => p.title)).toContain('On the Seas');
    const termPage = await getTermPage(env.context(null), { taxonomyPath: 'themes', termSlug: 'maritime-security' });
    expect(termPage.publications.items.map((p) => p.title)).toEqual(['On the Seas']);
    const index = await getTaxonomyIndex(env.context(null), { taxonomyPath: 'themes' });
    expect(index.terms.find((t) => t.term.slug === 'maritime-security')?.count).toBe(1);
  });
});
