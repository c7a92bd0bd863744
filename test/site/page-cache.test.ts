import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishPublication } from '../../src/actions/publish-publication.js';
import { createPublication } from '../../src/actions/create-publication.js';
import { savePage } from '../../src/actions/save-page.js';
import { savePerson } from '../../src/actions/save-person.js';
import { saveUnit } from '../../src/actions/save-unit.js';
import { saveTerm } from '../../src/actions/save-taxonomy.js';
import { updateSettings } from '../../src/actions/update-settings.js';
import { createApp } from '../../src/app.js';
import { tags } from '../../src/domain/change-tags.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { systemContext } from '../support/seed.js';
import { IP24112_PATH, openSite } from './site-fixture.js';

const WORKING_PAPER_PATH = '/publications/working-papers/wp1-deterrence-at-sea';

describe.each(DIALECTS)('the page cache on %s', (dialect) => {
  let env: TestEnv;
  let site: Awaited<ReturnType<typeof openSite>>;
  const get = (path: string, init?: RequestInit) => site.app.request(path, init);
  /** Request a page twice; the second answer must come from the cache. */
  const warm = async (path: string) => {
    await get(path);
    const again = await get(path);
    expect(again.headers.get('x-cache'), path).toBe('hit');
  };

  beforeAll(async () => {
    env = await openTestEnv(dialect);
    site = await openSite(env);
  });
  afterAll(async () => env.close());

  it('answers a miss, then a hit with the same bytes and strong ETag', async () => {
    site.site.cache.clear();
    const first = await get('/about/introduction');
    expect(first.headers.get('x-cache')).toBe('miss');
    const second = await get('/about/introduction');
    expect(second.headers.get('x-cache')).toBe('hit');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(second.headers.get('etag')).toBe(etag);
    expect(await second.text()).toBe(await first.text());
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(second.headers.get('content-security-policy')).toBeTruthy();
  });

  it('answers If-None-Match with 304 and no body, on hits and misses', async () => {
    site.site.cache.clear();
    const etag = (await get(IP24112_PATH)).headers.get('etag') ?? '';
    const notModified = await get(IP24112_PATH, { headers: { 'If-None-Match': `"other", W/${etag}` } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('etag')).toBe(etag);
    expect(await notModified.text()).toBe('');
    site.site.cache.clear();
    const afterMiss = await get(IP24112_PATH, { headers: { 'If-None-Match': etag } });
    expect(afterMiss.status).toBe(304);
    expect(afterMiss.headers.get('x-cache')).toBe('miss');
    expect((await get(IP24112_PATH, { headers: { 'If-None-Match': '"stale"' } })).status).toBe(200);
  });

  it('keys pages by path and query', async () => {
    site.site.cache.clear();
    await get('/publications/idss-papers');
    expect((await get('/publications/idss-papers?page=2')).headers.get('x-cache')).toBe('miss');
    expect((await get('/publications/idss-papers')).headers.get('x-cache')).toBe('hit');
  });

  it('stores no error page and no redirect', async () => {
    site.site.cache.clear();
    await get('/no/such/page');
    expect((await get('/no/such/page')).headers.get('x-cache')).toBe('miss');
    await get('/publications/idss-papers/ip24112');
    expect(site.site.cache.stats().entries).toBe(0);
  });

  it('tags each page with the entities it shows', async () => {
    site.site.cache.clear();
    await get(IP24112_PATH);
    const { sarah, idss, security, eastAsia, fixture } = site;
    // Tags are internal, so look at which invalidations drop the page.
    for (const tag of [tags.chrome, tags.publication(fixture.id), tags.person(sarah.id), tags.unit(idss.id), tags.term(security.id), tags.term(eastAsia.id), tags.series(site.ip.id), tags.publicationLists]) {
      await get(IP24112_PATH);
      expect(site.site.cache.has(IP24112_PATH), tag).toBe(true);
      site.site.cache.invalidate([tag]);
      expect(site.site.cache.has(IP24112_PATH), tag).toBe(false);
    }
    await get(IP24112_PATH);
    site.site.cache.invalidate([tags.person(site.tan.id), tags.pageTree, tags.peopleLists, tags.series(site.wp.id)]);
    expect(site.site.cache.has(IP24112_PATH)).toBe(true);
  });

  it('renaming a person refreshes their profile, their publications and listings naming them, and nothing else', async () => {
    const ctx = systemContext(env);
    const listing = '/publications/idss-papers';
    const profile = '/people/sarah-soh';
    const unrelated = [WORKING_PAPER_PATH, '/about/introduction', '/publications/idss-papers?page=2'];
    for (const path of [IP24112_PATH, profile, listing, '/', '/people', ...unrelated]) await warm(path);

    await savePerson(ctx, { id: site.sarah.id, name: 'Sarah Soh Mei Ling' });

    for (const path of [IP24112_PATH, profile, listing, '/', '/people']) {
      const response = await get(path);
      expect(response.headers.get('x-cache'), path).toBe('miss');
      expect(await response.text(), path).toContain('Sarah Soh Mei Ling');
    }
    for (const path of unrelated) {
      const response = await get(path);
      expect(response.headers.get('x-cache'), path).toBe('hit');
      expect(await response.text(), path).not.toContain('Sarah Soh Mei Ling');
    }
  });

  it('publishing drops the listings but not the pages of other publications', async () => {
    const ctx = systemContext(env);
    for (const path of ['/publications', '/themes/maritime-security', '/about/introduction']) await warm(path);
    const draft = await createPublication(ctx, { series: 'idss-papers', title: 'A New Paper on Sea Lanes', date: '2025-01-10', terms: ['theme:maritime-security'] });
    await publishPublication(ctx, { id: draft.id });
    for (const path of ['/publications', '/themes/maritime-security']) {
      const response = await get(path);
      expect(response.headers.get('x-cache'), path).toBe('miss');
      expect(await response.text(), path).toContain('A New Paper on Sea Lanes');
    }
    expect((await get('/about/introduction')).headers.get('x-cache')).toBe('hit');
  });

  it('a new unit refreshes the research pages, a new term the taxonomy index, and nothing else', async () => {
    const ctx = systemContext(env);
    for (const path of ['/research', '/research/idss', '/themes', '/about/introduction']) await warm(path);
    await saveUnit(ctx, { slug: 'cyber-programme', name: 'Cyber Security Programme', acronym: 'CSP', kind: 'programme', parent: 'idss' });
    for (const path of ['/research', '/research/idss']) {
      const response = await get(path);
      expect(response.headers.get('x-cache'), path).toBe('miss');
      expect(await response.text(), path).toContain('Cyber Security Programme');
    }
    expect((await get('/themes')).headers.get('x-cache')).toBe('hit');
    await saveTerm(ctx, { taxonomy: 'theme', name: 'Cyber and Technology' });
    const themes = await get('/themes');
    expect(themes.headers.get('x-cache')).toBe('miss');
    expect(await themes.text()).toContain('Cyber and Technology');
    expect((await get('/about/introduction')).headers.get('x-cache')).toBe('hit');
  });

  it('editing a page of the tree drops the page tree, settings drop everything', async () => {
    const ctx = systemContext(env);
    for (const path of ['/about/introduction', '/about', WORKING_PAPER_PATH]) await warm(path);
    await savePage(ctx, { id: site.introduction.id, title: 'Introduction to the School' });
    expect(await (await get('/about/introduction')).text()).toContain('<h1 id="page_title">Introduction to the School</h1>');
    expect(await (await get('/about')).text()).toContain('Introduction to the School');
    expect((await get(WORKING_PAPER_PATH)).headers.get('x-cache')).toBe('hit');

    await updateSettings(ctx, { tagline: 'Ponder the Improbable' });
    const after = await get(WORKING_PAPER_PATH);
    expect(after.headers.get('x-cache')).toBe('miss');
    expect(await after.text()).toContain('Ponder the Improbable');
  });
});

describe.each(DIALECTS)('with the page cache off on %s', (dialect) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await openTestEnv(dialect, { pageCache: false });
    await openSite(env);
  });
  afterAll(async () => env.close());

  it('renders every request afresh but still answers If-None-Match with 304', async () => {
    const { app, site } = createApp(env);
    const first = await app.request(IP24112_PATH);
    const second = await app.request(IP24112_PATH);
    expect(first.headers.get('x-cache')).toBe('miss');
    expect(second.headers.get('x-cache')).toBe('miss');
    expect(site.cache.stats().entries).toBe(0);
    const etag = first.headers.get('etag') ?? '';
    expect(second.headers.get('etag')).toBe(etag);
    expect((await app.request(IP24112_PATH, { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });
});
