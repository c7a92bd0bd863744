import { createServer } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Hono } from 'hono';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPublicationDoi } from '../../src/actions/set-publication-doi.js';
import { updatePublication } from '../../src/actions/update-publication.js';
import { createApp } from '../../src/app.js';
import { CONTENT_SECURITY_POLICY } from '../../src/http/security-headers.js';
import { systemContext } from '../support/seed.js';
import { DIALECTS, type TestEnv } from '../support/test-services.js';
import { BASE_URL, openDemoEnv } from './support/demo-env.js';
import { xmllint } from './support/xmllint.js';

const IP24112 = '/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025';
const IP25002 = '/publications/idss-papers/ip25002-middle-powers-and-the-future-of-the-regional-security-architecture';

function metas(html: string, key: string): string[] {
  return [...html.matchAll(/<meta (name|property)="([^"]+)" content="([^"]*)"\/?>/g)]
    .filter((m) => m[2] === key).map((m) => (m[3] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
}

function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
    .flatMap((m) => ((JSON.parse(m[1] ?? '{}') as { '@graph'?: Record<string, unknown>[] })['@graph'] ?? []));
}

function alternates(html: string): string[] {
  return [...html.matchAll(/<link rel="alternate" type="[^"]+" href="([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe.each(DIALECTS)('distribution metadata on the public site (%s)', (dialect) => {
  let env: TestEnv;
  let app: Hono;
  const page = async (path: string) => {
    const response = await app.request(path);
    expect(response.status, path).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    env = await openDemoEnv(dialect);
    await setPublicationDoi(systemContext(env), { publication: 'IP24112', doi: '10.5555/rsis.ip24112' });
    app = createApp(env).app;
  }, 120_000);
  afterAll(async () => env.close());

  it('a publication page carries canonical, OpenGraph, Twitter, one citation_author per author, and citation_pdf_url naming its PDF', async () => {
    const html = await page(IP25002);
    expect(html).toContain(`<link rel="canonical" href="${BASE_URL}${IP25002}"/>`);
    expect(metas(html, 'og:type')).toEqual(['article']);
    expect(metas(html, 'twitter:card')).toHaveLength(1);
    expect(metas(html, 'citation_author')).toEqual(['Sarah Soh', 'Wen Jiaxin']);
    expect(metas(html, 'citation_technical_report_number')).toEqual(['IP25002']);
    expect(metas(html, 'citation_publication_date')).toEqual(['2025/06/24']);
    expect(metas(html, 'citation_pdf_url')).toEqual([`${BASE_URL}${IP25002}.pdf`]);
    expect(metas(html, 'og:url')).toHaveLength(1);
    expect(metas(html, 'description')).toHaveLength(1);
  });

  it('JSON-LD parses: a Report with Person authors, publisher, datePublished, isPartOf, DOI, and the breadcrumbs', async () => {
    const html = await page(IP24112);
    const [report, crumbs] = jsonLd(html);
    expect(report).toMatchObject({
      '@type': 'Report', reportNumber: 'IP24112', datePublished: '2024-12-30',
      author: [{ '@type': 'Person', name: 'Sarah Soh', url: `${BASE_URL}/people/sarah-soh` }],
      publisher: { '@type': 'Organization', name: 'S. Rajaratnam School of International Studies' },
      isPartOf: { name: 'IDSS Papers', url: `${BASE_URL}/publications/idss-papers` },
      identifier: { value: '10.5555/rsis.ip24112' },
    });
    expect(crumbs).toMatchObject({ '@type': 'BreadcrumbList' });
    expect(metas(html, 'citation_doi')).toEqual(['10.5555/rsis.ip24112']);
  });

  it('shows the DOI and a Cite panel that works without JavaScript, with downloads that match', async () => {
    const html = await page(IP24112);
    expect(html).toContain('DOI: <a href="https://doi.org/10.5555/rsis.ip24112">https://doi.org/10.5555/rsis.ip24112</a>');
    expect(html).toMatch(/<details class="cite-panel"><summary>Cite this publication<\/summary>/);
    for (const style of ['apa', 'chicago', 'harvard']) expect(html).toContain(`data-cite-style="${style}"`);
    expect(html).toContain('Soh, S. (2024). <i>Japan’s Foreign Policy Outlook in 2025</i> (No. IP24112; IDSS Papers). S. Rajaratnam School of International Studies. https://doi.org/10.5555/rsis.ip24112');

    const bib = await app.request(`${IP24112}/cite.bib`);
    expect(bib.headers.get('Content-Type')).toBe('application/x-bibtex; charset=utf-8');
    expect(bib.headers.get('Content-Disposition')).toBe('attachment; filename="ip24112.bib"');
    expect(await bib.text()).toContain('doi = {10.5555/rsis.ip24112}');
    const ris = await (await app.request(`${IP24112}/cite.ris`)).text();
    expect(ris).toContain('SN  - IP24112\r\n');
    const csl = JSON.parse(await (await app.request(`${IP24112}/cite.json`)).text()) as { DOI: string }[];
    expect(csl[0]?.DOI).toBe('10.5555/rsis.ip24112');
    const moved = await app.request('/publications/idss-papers/ip24112/cite.ris');
    expect(moved.status).toBe(301);
    expect(moved.headers.get('Location')).toBe(`${IP24112}/cite.ris`);
    expect((await app.request(`${IP24112}/cite.doc`)).status).toBe(404);
  });

  it('the JSON-LD page keeps the strict Content-Security-Policy', async () => {
    const response = await app.request(IP24112);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    const html = await response.text();
    // Every script is a file from this site, or JSON-LD data.
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1] ?? '');
    expect(scripts.every((attrs) => / src="\/assets\//.test(attrs) || attrs === ' type="application/ld+json"')).toBe(true);
  });

  it('profiles carry a Person, the home page the Organization', async () => {
    const profile = jsonLd(await page('/people/sarah-soh'));
    expect(profile[0]).toMatchObject({ '@type': 'Person', name: 'Sarah Soh', jobTitle: 'Associate Research Fellow', worksFor: { '@type': 'Organization' } });
    const home = jsonLd(await page('/'));
    expect(home[0]).toMatchObject({ '@type': 'Organization', name: 'S. Rajaratnam School of International Studies', alternateName: 'RSIS' });
  });

  it('pages advertise their feeds, and the footer links the RSS feed', async () => {
    const site = ['/feeds/publications.rss', '/feeds/publications.atom', '/feeds/publications.json'];
    expect(alternates(await page('/'))).toEqual(site);
    expect(alternates(await page('/publications/idss-papers'))).toEqual([...site, '/feeds/series/idss-papers.rss', '/feeds/series/idss-papers.atom', '/feeds/series/idss-papers.json']);
    expect(alternates(await page('/themes/maritime-security'))).toContain('/feeds/themes/maritime-security.atom');
    expect(alternates(await page('/research/idss'))).toContain('/feeds/research/idss.rss');
    const profile = await page('/people/sarah-soh');
    expect(alternates(profile)).toContain('/feeds/people/sarah-soh.json');
    expect(profile).toContain('Follow Sarah Soh:');
    expect(await page('/')).toContain('<a href="/feeds/publications.rss" type="application/rss+xml"><span class="social-network">RSS</span>');
    // Every advertised feed answers and parses.
    for (const href of alternates(await page('/publications/idss-papers')).filter((h) => !h.endsWith('.json'))) {
      expect(parseFeed(await page(href)).items.length).toBeGreaterThan(0);
    }
  });

  it('feeds and sitemaps are kept in the page cache until what they show changes', async () => {
    const feed = '/feeds/series/idss-papers.atom';
    const sitemap = '/sitemaps/publications.xml';
    await app.request(feed);
    await app.request(sitemap);
    const cached = await app.request(feed);
    expect(cached.headers.get('X-Cache')).toBe('hit');
    expect(cached.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
    expect((await app.request(sitemap)).headers.get('X-Cache')).toBe('hit');
    const etag = cached.headers.get('ETag') ?? '';
    expect((await app.request(feed, { headers: { 'If-None-Match': etag } })).status).toBe(304);

    const ip = await env.store.publications.findByCode('IP24112');
    await updatePublication(systemContext(env), { id: ip?.id ?? '', revision: ip?.revision ?? 0, synopsis: 'A synopsis written after the feed was cached.' });
    const fresh = await app.request(feed);
    expect(fresh.headers.get('X-Cache')).toBe('miss');
    expect(await fresh.text()).toContain('A synopsis written after the feed was cached.');
    expect((await app.request(sitemap)).headers.get('X-Cache')).toBe('miss');
    expect((await app.request(feed, { headers: { 'If-None-Match': etag } })).status).toBe(200);
  });

  it('feeds, sitemap, robots.txt and OAI-PMH answer through the whole application', async () => {
    expect(await page('/robots.txt')).toContain(`Sitemap: ${BASE_URL}/sitemap.xml`);
    expect(xmllint(await page('/sitemap.xml')).isValid).toBe(true);
    const identify = await page('/oai?verb=Identify');
    expect(xmllint(identify, 'oai-pmh/oai-pmh-oai_dc.xsd').isValid).toBe(true);
    expect(identify).toContain('<adminEmail>webmaster@imprint.test</adminEmail>');
    expect((await app.request('/feeds/publications.rss')).headers.get('Content-Type')).toBe('application/rss+xml; charset=utf-8');
  });
});

describe('JSON-LD under the CSP in a browser', () => {
  let env: TestEnv;
  let server: ServerType;
  let port = 0;
  beforeAll(async () => {
    env = await openDemoEnv('sqlite');
    port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    server = serve({ fetch: createApp(env).app.fetch, port, hostname: '127.0.0.1' });
  }, 120_000);
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await env.close();
  });

  it('Chromium reports no CSP violation on a publication page and reads its JSON-LD', async () => {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'] });
    try {
      const tab = await browser.newPage();
      // Browser-side code as strings: the test is compiled without the DOM library.
      await tab.addInitScript(`window.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective));`);
      await tab.goto(`http://127.0.0.1:${port}${IP24112}`, { waitUntil: 'load' });
      const result = await tab.evaluate<{ violations: string[]; types: string[][]; copyButtons: number }>(`({
        violations: window.violations,
        types: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)['@graph'].map((n) => n['@type'])),
        copyButtons: document.querySelectorAll('.cite-copy').length,
      })`);
      expect(result.violations).toEqual([]);
      expect(result.types).toEqual([['Report', 'BreadcrumbList']]);
      expect(result.copyButtons).toBe(3);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
