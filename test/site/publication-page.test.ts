import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { BIO, FIGURE_CAPTION, FIGURE_CREDIT, IP24112_PATH, IP24112_TITLE, openSite, SYNOPSIS, textOf } from './site-fixture.js';

describe.each(DIALECTS)('the publication page on %s', (dialect) => {
  let env: TestEnv;
  let site: Awaited<ReturnType<typeof openSite>>;
  let html: string;
  let response: Response;

  beforeAll(async () => {
    env = await openTestEnv(dialect);
    site = await openSite(env);
    response = await site.app.request(IP24112_PATH);
    html = await response.text();
  });
  afterAll(async () => env.close());

  it('answers 200 with a complete English HTML document', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(html).toContain(`<title>${IP24112_TITLE} · RSIS</title>`);
  });

  it('prints the breadcrumbs Home › Publications › IDSS Papers › the display title', () => {
    const trail = html.match(/<nav class="breadcrumbs"[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect(textOf(trail).trim()).toBe(`Home › Publications › IDSS Papers › ${IP24112_TITLE}`);
    expect(trail).toContain('<a href="/publications/idss-papers">IDSS Papers</a>');
    expect(trail).toContain(`<span aria-current="page">${IP24112_TITLE}</span>`);
  });

  it('prints the display title as the only H1', () => {
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain(`<h1 id="publication_title">${IP24112_TITLE}</h1>`);
  });

  it('links institute authors to their profiles and prints outside names plainly', () => {
    const byline = html.match(/<ul class="byline"[\s\S]*?<\/ul>/)?.[0] ?? '';
    expect(byline).toContain('<li><a href="/people/sarah-soh">Sarah Soh</a></li>');
    expect(byline).toContain('<li>Kenji Outsider</li>');
  });

  it('prints the date as the institute does, machine-readable too', () => {
    expect(html).toContain('<time datetime="2024-12-30">30 December 2024</time>');
  });

  it('prints the SYNOPSIS and COMMENTARY labels with the synopsis and the body', () => {
    expect(html).toMatch(/<h2 id="synopsis_label" class="section-label">SYNOPSIS<\/h2><p>What will 2025 portend/);
    expect(html).toContain(`<p>${SYNOPSIS}</p>`);
    expect(html).toContain('>COMMENTARY</h2>');
    expect(textOf(html)).toContain('Japanese prime minister Shigeru Ishiba has assumed the premiership');
  });

  it('prints the section headings of the body as headings with anchors', () => {
    for (const [id, text] of [['relations-with-the-united-states', 'Relations with the United States'], ['relations-with-china', 'Relations with China'], ['conclusion', 'Conclusion']]) {
      expect(html).toContain(`<h2 id="${id}">${text}</h2>`);
    }
  });

  it('prints the figure with its alt text, caption and credit', () => {
    const figure = html.match(/<figure>[\s\S]*?<\/figure>/)?.[0] ?? '';
    expect(figure).toContain('src="/files/test/figure.png"');
    expect(figure).toContain('alt="A red sun over a map of Japan"');
    expect(figure).toContain(`<figcaption>${FIGURE_CAPTION} <span class="credit">${FIGURE_CREDIT}</span></figcaption>`);
  });

  it('prints the table and the footnotes', () => {
    expect(html).toContain('<div class="table-scroll" role="region" aria-label="Table" tabindex="0"><table>');
    expect(html).toMatch(/<table>[\s\S]*<th class="align-left">Partner<\/th>[\s\S]*<td class="align-right">20%<\/td>[\s\S]*<\/table>/);
    expect(html).toMatch(/<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref/);
    expect(html).toMatch(/<section data-footnotes class="footnotes">[\s\S]*Ishiba took office on 1 October 2024\./);
  });

  it('prints the author bio after the body', () => {
    expect(html.indexOf(BIO)).toBeGreaterThan(html.indexOf('Japan’s ability to formulate'));
    expect(html).toContain(`<section class="author-bio" aria-label="About the authors"><div><p>${BIO}</p></div></section>`);
  });

  it('groups the categories by facet, each a link to its page', () => {
    const categories = html.match(/<section class="categories"[\s\S]*?<\/section>/)?.[0] ?? '';
    const facets = [...categories.matchAll(/<dt>([^<]+)<\/dt><dd><ul>([\s\S]*?)<\/ul><\/dd>/g)]
      .map((m) => [m[1], [...(m[2] ?? '').matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((l) => `${l[2]} -> ${l[1]}`)]);
    expect(facets).toEqual([
      ['Series', ['IDSS Papers -> /publications/idss-papers']],
      ['Themes', ['International Politics and Security -> /themes/international-politics-and-security']],
      ['Regions', ['East Asia and Asia Pacific -> /regions/east-asia-and-asia-pacific']],
      ['Units', ['Institute of Defence and Strategic Studies (IDSS) -> /research/idss']],
    ]);
  });

  it('every category link leads to a page', async () => {
    const categories = html.match(/<section class="categories"[\s\S]*?<\/section>/)?.[0] ?? '';
    for (const [, href] of categories.matchAll(/href="([^"]+)"/g)) {
      expect((await site.app.request(href ?? '')).status, href).toBe(200);
    }
  });

  it('lists more from the series and more by the first institute author, without itself', () => {
    const related = html.match(/<aside class="related"[\s\S]*?<\/aside>/)?.[0] ?? '';
    expect(related).toContain('<h2 id="more_series">More from IDSS Papers</h2>');
    expect(related).toContain('<h2 id="more_author">More by Sarah Soh</h2>');
    expect(related).toContain('Maritime Paper Number 22');
    expect(related).toContain('<a href="/publications/policy-reports/japan-and-the-quad">Japan and the Quad</a><time class="title-list-date" datetime="2024-03">March 2024</time>');
    expect(related).not.toContain('IP24112');
  });

  it('offers the PDF beside the page, with its size', () => {
    expect(html).toMatch(new RegExp(`<a class="button" href="${IP24112_PATH}\\.pdf" download="IP24112\\.pdf" type="application/pdf">Download PDF \\(\\d+ KB\\)</a>`));
  });

  it('links a print stylesheet', () => {
    expect(html).toMatch(/<link rel="stylesheet" href="\/assets\/print\.css\?v=[0-9a-f]{12}" media="print"\/>/);
  });

  it('serves the figure it shows', async () => {
    const figure = await site.app.request('/files/test/figure.png');
    expect(figure.status).toBe(200);
    expect(figure.headers.get('content-type')).toBe('image/png');
  });
});
