import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { CONTENT_SECURITY_POLICY } from '../../src/http/security-headers.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { IP24112_PATH, IP24112_TITLE, OTHER_PAPERS, openSite, textOf } from './site-fixture.js';

/** Every kind of page the site serves, for the checks that hold on all of them. */
const PAGES = [
  '/', '/publications', '/publications?page=2', '/publications/idss-papers', '/publications/idss-papers?page=2', IP24112_PATH,
  '/people', '/people/groups/faculty-and-research', '/people/sarah-soh', '/research', '/research/idss',
  '/themes', '/themes/maritime-security', '/regions', '/about', '/about/introduction', '/no/such/page',
];

/** HTML parse errors (duplicate attributes, stray solidus, bad nesting the tokenizer sees), as the WHATWG parser reports them. */
async function parseErrors(html: string): Promise<string[]> {
  const file = await unified().use(rehypeParse, { emitParseErrors: true }).use(rehypeStringify).process(html);
  return file.messages.map((m) => `${m.ruleId} at ${m.line}:${m.column}`);
}

describe.each(DIALECTS)('the public site on %s', (dialect) => {
  let env: TestEnv;
  let site: Awaited<ReturnType<typeof openSite>>;
  const get = (path: string, init?: RequestInit) => site.app.request(path, init);

  beforeAll(async () => {
    env = await openTestEnv(dialect);
    site = await openSite(env);
  });
  afterAll(async () => env.close());

  it('paginates a series twenty to a page, newest first, with working page links', async () => {
    const first = await (await get('/publications/idss-papers')).text();
    const items = (html: string) => [...html.matchAll(/<h2 class="item-title"><a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => m[2]);
    expect(items(first)).toHaveLength(20);
    expect(items(first)[0]).toBe(IP24112_TITLE);
    expect(first).toContain(`${OTHER_PAPERS + 1} publications, page 1 of 2`);
    expect(first).toContain('<a class="pagination-step" href="/publications/idss-papers?page=2" rel="next">');
    const second = await (await get('/publications/idss-papers?page=2')).text();
    expect(items(second)).toHaveLength(OTHER_PAPERS + 1 - 20);
    expect(second).toContain('<span class="pagination-current" aria-current="page"><span class="visually-hidden">Page </span>2</span>');
    expect(second).toContain('<a class="pagination-step" href="/publications/idss-papers" rel="prev">');
    expect(new Set([...items(first), ...items(second)]).size).toBe(OTHER_PAPERS + 1);
  });

  it('shows the series description and the unit that owns it', async () => {
    const html = await (await get('/publications/idss-papers')).text();
    expect(html).toContain('Published by <a href="/research/idss">Institute of Defence and Strategic Studies (IDSS)</a>');
  });

  it('answers 404 past the last page and 400 naming a bad page parameter', async () => {
    expect((await get('/publications/idss-papers?page=3')).status).toBe(404);
    const bad = await get('/publications/idss-papers?page=two');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('page: &quot;two&quot; is not a whole number');
  });

  it('answers an unknown path with a 404 page inside the site chrome', async () => {
    const response = await get('/no/such/page');
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('<h1>Page not found</h1>');
    expect(html).toContain('<code>/no/such/page</code>');
    expect(html).toContain('<nav class="site-nav" aria-label="Main">');
    expect(html).toContain('Copyright © S. Rajaratnam School of International Studies. All rights reserved.');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a missing publication, person, unit, term and group with 404', async () => {
    for (const path of ['/publications/idss-papers/ip99999-nothing', '/publications/no-series', '/people/nobody', '/research/nowhere', '/themes/nothing', '/people/groups/nobody']) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('redirects a legacy URL of the archive to the publication with 301', async () => {
    const response = await get('/rsis-publication/idss/ip24112-japans-foreign-policy-outlook-in-2025/');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(IP24112_PATH);
  });

  it('redirects a code-only or outdated handle to the canonical URL with 301', async () => {
    for (const path of ['/publications/idss-papers/ip24112', '/publications/idss-papers/ip24112-old-title', '/publications/working-papers/ip24112']) {
      const response = await get(path);
      expect(response.status, path).toBe(301);
      expect(response.headers.get('location'), path).toBe(IP24112_PATH);
    }
  });

  it('redirects a trailing slash to the address without it', async () => {
    const response = await get('/about/introduction/');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/about/introduction');
  });

  it.each(PAGES)('%s carries the CSP, no inline executable script and no style attribute', async (path) => {
    const response = await get(path);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const html = await response.text();
    // Executable script comes only from files; a JSON-LD data block is not executed (HTML, "data block").
    const inlineScripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1] ?? '').filter((attrs) => !/\ssrc=/.test(attrs));
    expect(inlineScripts.filter((attrs) => !/\stype="application\/ld\+json"/.test(attrs))).toEqual([]);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(html).not.toMatch(/<style[\s>]/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it.each(PAGES)('%s has one main, one h1, unique ids and labelled landmarks', async (path) => {
    const html = await (await get(path)).text();
    expect(html.match(/<main[\s>]/g)).toHaveLength(1);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const [, ref] of html.matchAll(/aria-labelledby="([^"]+)"/g)) expect(ids, `aria-labelledby ${ref}`).toContain(ref);
    for (const [, href] of html.matchAll(/href="#([^"]+)"/g)) expect(ids, `link to #${href}`).toContain(href);
    expect(html.match(/<nav [^>]*aria-label(ledby)?=/g)?.length).toBe(html.match(/<nav[\s>]/g)?.length);
    expect(html).toContain('<a class="skip-link" href="#main_content">Skip to main content</a>');
    expect(await parseErrors(html)).toEqual([]);
  });

  it('prints the chrome: header, mega-menu columns, footer links, address and copyright', async () => {
    const html = await (await get('/about')).text();
    expect(html).toContain('<span class="brand-name">S. Rajaratnam School of International Studies</span>');
    expect(html).toContain('<span class="brand-tagline">Think Tank and Graduate School</span>');
    expect(html).toMatch(/<details class="nav-section" name="main_menu" data-nav-section=""><summary class="nav-link is-active">About RSIS<\/summary>/);
    expect(html).toContain('<p class="mega-heading" id="menu_0_1"><span>Staff Profiles</span></p><ul aria-labelledby="menu_0_1"><li><a href="/people/groups/faculty-and-research">Faculty and Research</a></li></ul>');
    expect(html).toContain('<li class="nav-item"><a class="nav-link" href="/research">Research</a></li>');
    expect(html).toContain('<h2 id="footer_popular">Popular Links</h2><ul><li><a href="/about">About RSIS</a></li><li><a href="/publications">Publications</a></li></ul>');
    expect(html).toContain('<h2 id="footer_connect">Connect with Us</h2>');
    expect(html).toContain('<address>Block S4, Level B3<br/>50 Nanyang Avenue<br/>Singapore 639798</address>');
    expect(html).toContain('<a href="/about/getting-here">Directions to RSIS</a>');
    expect(html).toContain('<p>Copyright © S. Rajaratnam School of International Studies. All rights reserved.</p>');
    expect(html).toMatch(/<script src="\/assets\/menu\.js\?v=[0-9a-f]{12}" defer=""><\/script>/);
  });

  it('serves the home page with featured, latest and per-series lists', async () => {
    const html = await (await get('/')).text();
    expect(html).toContain('Latest publications');
    expect(html).toContain(`<a href="${IP24112_PATH}">${IP24112_TITLE}</a>`);
    expect(html).toContain('<a href="/publications/idss-papers">IDSS Papers</a></h3>');
  });

  it('lists the directory by group and one group alone', async () => {
    const all = await (await get('/people')).text();
    expect(all).toContain('<h1>Staff Profiles</h1>');
    expect(all).toContain('<a href="/people/sarah-soh">Sarah Soh</a>');
    expect(all).toContain('<a href="/people/tan-wei-ming">Dr Tan Wei Ming</a>');
    const group = await (await get('/people/groups/faculty-and-research')).text();
    expect(group).toContain('<h1>Faculty and Research</h1>');
  });

  it('prints a profile with rank, units, bio and the person’s publications', async () => {
    const html = await (await get('/people/tan-wei-ming')).text();
    expect(html).toContain('<h1>Dr Tan Wei Ming</h1>');
    expect(html).toContain('<p class="profile-rank">Research Fellow</p>');
    expect(html).toContain('<a href="/research/idss">Institute of Defence and Strategic Studies (IDSS)</a>');
    expect(textOf(html)).toContain('Deterrence at Sea');
    expect(html).toContain('href="/people/tan-wei-ming?page=2"');
  });

  it('prints the research index and a unit with its series and people', async () => {
    const index = await (await get('/research')).text();
    expect(index).toContain('<h2 id="research_centres">Research Centres</h2>');
    const unit = await (await get('/research/idss')).text();
    expect(unit).toContain('<a href="/publications/idss-papers">IDSS Papers</a>');
    expect(unit).toContain('<a href="/people/sarah-soh">Sarah Soh</a>');
  });

  it('prints taxonomy indexes with counts and term pages with their publications', async () => {
    const themes = await (await get('/themes')).text();
    expect(textOf(themes)).toContain(`Maritime Security ${OTHER_PAPERS} publications`);
    expect(textOf(themes)).toContain('International Politics and Security 1 publication');
    const term = await (await get('/regions/east-asia-and-asia-pacific')).text();
    expect(term).toContain('<h1>East Asia and Asia Pacific</h1>');
    expect(term).toContain(IP24112_TITLE);
  });

  it('prints a page of the tree with breadcrumbs and its section navigation', async () => {
    const html = await (await get('/about/introduction')).text();
    expect(textOf(html.match(/<nav class="breadcrumbs"[\s\S]*?<\/nav>/)?.[0] ?? '').trim()).toBe('Home › About RSIS › Introduction');
    const section = html.match(/<nav class="side-nav section-nav"[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect(section).toContain('<h2><a href="/about">About RSIS</a></h2>');
    expect(section).toContain('<a href="/about/introduction" aria-current="page">Introduction</a>');
    expect(section).toContain('<a href="/about/getting-here">Getting Here</a>');
  });

  it('serves versioned assets as immutable, and theme.css with the accent colour', async () => {
    const html = await (await get('/')).text();
    for (const [, url] of html.matchAll(/href="(\/assets\/[^"]+)"|src="(\/assets\/[^"]+)"/g)) {
      if (!url) continue;
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('cache-control'), url).toBe('public, max-age=31536000, immutable');
    }
    const themeUrl = html.match(/href="(\/assets\/theme\.css\?v=[0-9a-f]+)"/)?.[1] ?? '';
    expect(await (await get(themeUrl)).text()).toContain('--accent: #7a1a2e;');
    expect((await get('/assets/site.css')).headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect((await get('/assets/nothing.css')).status).toBe(404);
    const iconUrl = html.match(/<link rel="icon" href="([^"]+)" type="image\/svg\+xml"/)?.[1] ?? '';
    const icon = await get(iconUrl);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(await icon.text()).toContain('<svg');
    const legacyIcon = await get('/favicon.ico');
    expect(legacyIcon.status).toBe(301);
    expect(legacyIcon.headers.get('location')).toBe(iconUrl);
  });

  it('serves files with validators and never outside the files folder', async () => {
    const file = await get('/files/test/figure.png');
    expect(file.status).toBe(200);
    const etag = file.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(file.headers.get('last-modified')).toBeTruthy();
    expect(file.headers.get('cache-control')).toBe('public, max-age=31536000');
    expect((await get('/files/test/figure.png', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    const lastModified = file.headers.get('last-modified') ?? '';
    expect((await get('/files/test/figure.png', { headers: { 'If-Modified-Since': lastModified } })).status).toBe(304);

    writeFileSync(join(env.databaseLocation.dataDir, 'secret.txt'), 'not public');
    writeFileSync(join(env.databaseLocation.dataDir, 'files', '.hidden'), 'not public');
    for (const path of ['/files/../secret.txt', '/files/%2e%2e/secret.txt', '/files/test/..%2f..%2fsecret.txt', '/files/.hidden', '/files/test', '/files/test/%00figure.png', '/files/nothing.png']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('not public');
    }
  });
});

describe.each(DIALECTS)('when the database is gone on %s', (dialect) => {
  it('answers 500 with a plain error page, and stores nothing', async () => {
    const env = await openTestEnv(dialect);
    await openSite(env);
    const { app, site } = createApp(env);
    await env.close();
    const response = await app.request('/publications');
    expect(response.status).toBe(500);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('Something went wrong on our side');
    expect(html).not.toMatch(/at \S+ \(/);
    expect(site.cache.stats().entries).toBe(0);
  });
});
