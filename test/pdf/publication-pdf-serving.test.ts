import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { makePublicationPdf } from '../../src/actions/make-publication-pdf.js';
import { publishPublication } from '../../src/actions/publish-publication.js';
import { updatePublication } from '../../src/actions/update-publication.js';
import { updateSettings } from '../../src/actions/update-settings.js';
import { listTerms } from '../../src/actions/list-terms.js';
import { saveTerm } from '../../src/actions/save-taxonomy.js';
import type { Publication } from '../../src/domain/publication.js';
import { createDraft, seedBasics, systemContext } from '../support/seed.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { openPdfSite } from './support/pdf-site.js';
import { pdfInfo, pdfToText } from './support/poppler.js';

const PAGE = '/publications/idss-papers/ip24001-japans-foreign-policy-outlook-in-2025';
const PDF = `${PAGE}.pdf`;

describe.each(DIALECTS)('a publication’s PDF at its stable URL on %s', (dialect) => {
  let env: TestEnv;
  let app: Hono;
  let renderer: ReturnType<typeof openPdfSite>['renderer'];
  let services: ReturnType<typeof openPdfSite>['services'];
  let item: Publication;
  let first: { etag: string; bytes: Buffer };

  beforeAll(async () => {
    env = await openTestEnv(dialect, { baseUrl: 'https://think.example' });
    await seedBasics(env);
    ({ app, renderer, services } = openPdfSite(env));
    const ctx = systemContext(env);
    const draft = await createDraft(ctx, { date: '2024-12-30', terms: ['theme:maritime-security'] });
    item = await publishPublication(ctx, { id: draft.id });
  });
  afterAll(async () => env.close());

  it('serves a valid PDF titled like the publication, inline under its code, with a strong ETag', async () => {
    const response = await app.request(PDF);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('inline; filename="IP24001.pdf"');
    const etag = response.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfInfo(bytes).Title).toBe('Japan’s Foreign Policy Outlook in 2025');
    expect(pdfToText(bytes)).toContain('IP24001');
    expect(renderer.compiles).toBe(1);
    first = { etag, bytes };
  });

  it('answers 304 to If-None-Match with the same tag, and never typesets an unchanged publication again', async () => {
    const revalidated = await app.request(PDF, { headers: { 'If-None-Match': first.etag } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(first.etag);
    expect(await revalidated.text()).toBe('');
    const again = await app.request(PDF);
    expect(Buffer.from(await again.arrayBuffer()).equals(first.bytes)).toBe(true);
    const remade = await makePublicationPdf(systemContext(services), { id: item.id });
    expect(remade.outcome).toBe('unchanged');
    expect(renderer.compiles).toBe(1);
  });

  it('gives an edited publication a new PDF under a new ETag', async () => {
    const ctx = systemContext(services);
    item = await updatePublication(ctx, { id: item.id, revision: item.revision, synopsis: 'A synopsis rewritten after review.' });
    const stale = await app.request(PDF, { headers: { 'If-None-Match': first.etag } });
    expect(stale.status).toBe(200);
    const etag = stale.headers.get('etag') ?? '';
    expect(etag).not.toBe(first.etag);
    const bytes = Buffer.from(await stale.arrayBuffer());
    expect(pdfToText(bytes)).toContain('A synopsis rewritten after review.');
    expect(etag).toBe(`"${(await env.store.publicationPdfs.find(item.id))?.contentHash}"`);
    expect(renderer.compiles).toBe(2);
    // The superseded file is removed: edits do not pile PDFs up on disk.
    expect(await ctx.pdf!.files.exists(`${first.etag.slice(1, -1)}.pdf`)).toBe(false);
    // A save that changes nothing printed (featuring it) makes a new revision but the same PDF.
    item = await updatePublication(ctx, { id: item.id, revision: item.revision, isFeatured: true });
    const same = await app.request(PDF);
    expect(same.headers.get('etag')).toBe(etag);
    expect(renderer.compiles).toBe(2);
  });

  it('makes a new PDF when the institute’s settings it prints change, without any edit to the publication', async () => {
    const before = await app.request(PDF);
    const compiles = renderer.compiles;
    await updateSettings(systemContext(services), { name: 'Institute of Sea Lanes', accentColor: '#1a4d7a' });
    const after = await app.request(PDF);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(pdfToText(Buffer.from(await after.arrayBuffer()))).toContain('Institute of Sea Lanes');
    expect(renderer.compiles).toBe(compiles + 1);
    await app.request(PDF);
    expect(renderer.compiles).toBe(compiles + 1);
  });

  it('makes a new PDF when a term it prints is renamed', async () => {
    const before = await app.request(PDF);
    expect(pdfToText(Buffer.from(await before.arrayBuffer()))).toContain('Maritime Security');
    const term = (await listTerms(systemContext(services))).flatMap((t) => t.terms).find((t) => t.slug === 'maritime-security');
    await saveTerm(systemContext(services), { id: term!.id, name: 'Sea Lane Security' });
    const after = await app.request(PDF);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    const text = pdfToText(Buffer.from(await after.arrayBuffer()));
    expect(text).toContain('Sea Lane Security');
    expect(text).not.toContain('Maritime Security');
  });

  it('shows “Download PDF” with the real size on the page, and citation_pdf_url in its head', async () => {
    const pdf = await app.request(PDF);
    const size = (await pdf.arrayBuffer()).byteLength;
    const html = await (await app.request(PAGE)).text();
    expect(html).toContain(`>Download PDF (${Math.round(size / 1024)} KB)</a>`);
    expect(html).toContain(`href="${PDF}"`);
    expect(html).toContain(`<meta name="citation_pdf_url" content="https://think.example${PDF}"/>`);
  });

  it('sends an old handle to the current PDF address and keeps drafts private', async () => {
    const moved = await app.request('/publications/idss-papers/ip24001.pdf');
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe(PDF);
    const draft = await createDraft(systemContext(env), { title: 'Unreleased draft' });
    expect((await app.request(`/publications/idss-papers/${draft.slug}.pdf`)).status).toBe(404);
  });
});
