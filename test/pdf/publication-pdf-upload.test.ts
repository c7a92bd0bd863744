import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import sharp from 'sharp';
import { makePublicationPdf } from '../../src/actions/make-publication-pdf.js';
import { publishPublication } from '../../src/actions/publish-publication.js';
import { getPublicationPdfText } from '../../src/actions/get-publication-pdf-text.js';
import { searchPublications } from '../../src/actions/search-publications.js';
import { setPublicationPdf } from '../../src/actions/set-publication-pdf.js';
import { uploadMedia } from '../../src/actions/upload-media.js';
import { withUser } from '../../src/actions/action-context.js';
import type { Publication } from '../../src/domain/publication.js';
import { createDraft, seedBasics, systemContext } from '../support/seed.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { openPdfSite, sha256 } from './support/pdf-site.js';

const PAGE = '/publications/idss-papers/ip24001-japans-foreign-policy-outlook-in-2025';
const PDF = `${PAGE}.pdf`;

describe.each(DIALECTS)('an uploaded PDF in place of the generated one on %s', (dialect) => {
  let env: TestEnv;
  let app: Hono;
  let renderer: ReturnType<typeof openPdfSite>['renderer'];
  let item: Publication;
  let uploaded: Buffer;
  let mediaId: string;
  let generatedEtag: string;

  const sizeLabel = (bytes: number) => `Download PDF (${Math.round(bytes / 1024)} KB)`;
  const search = async (q: string) => (await searchPublications(env.context(null), { q })).items.map((i) => i.publication.id);

  beforeAll(async () => {
    env = await openTestEnv(dialect);
    await seedBasics(env);
    ({ app, renderer } = openPdfSite(env));
    const ctx = systemContext(env);
    item = await publishPublication(ctx, { id: (await createDraft(ctx)).id });
    // A report typeset elsewhere: a long, unpublished item's PDF, with a word no publication has.
    const body = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} on the Zanzibar archipelago and its harbours, at length.`).join('\n\n');
    const book = await createDraft(ctx, { title: 'The Book of the Report', body });
    const made = await makePublicationPdf(ctx, { id: book.id });
    uploaded = Buffer.from(await ctx.pdf!.files.read(made.record.filePath));
    mediaId = (await uploadMedia(ctx, { filename: 'annual-report.pdf', bytes: new Uint8Array(uploaded) })).id;
  });
  afterAll(async () => env.close());

  it('serves the uploaded file under the publication’s code, its hash as ETag, and the page prints its size', async () => {
    const before = await app.request(PDF);
    generatedEtag = before.headers.get('etag') ?? '';
    const page = await (await app.request(PAGE)).text();
    expect(page).toContain(sizeLabel((await before.arrayBuffer()).byteLength));
    const compiles = renderer.compiles;

    const record = await setPublicationPdf(systemContext(env), { publication: 'IP24001', mediaId });
    expect(record).toMatchObject({ kind: 'uploaded', uploadMediaId: mediaId, sizeBytes: uploaded.length });
    const response = await app.request(PDF);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(`"${sha256(uploaded)}"`);
    expect(response.headers.get('content-disposition')).toBe('inline; filename="IP24001.pdf"');
    expect(Buffer.from(await response.arrayBuffer()).equals(uploaded)).toBe(true);
    // The cached page was dropped by the PDF's change tag.
    expect(await (await app.request(PAGE)).text()).toContain(sizeLabel(uploaded.length));
    expect(renderer.compiles).toBe(compiles);
  });

  it('feeds the uploaded PDF’s text to search, and only while it is attached', async () => {
    expect(await search('Zanzibar')).toEqual([item.id]);
    const text = await getPublicationPdfText(env.context(null), { id: item.id });
    expect(text.kind).toBe('uploaded');
    expect(text.text).toContain('Paragraph 40 on the Zanzibar archipelago');
    await setPublicationPdf(systemContext(env), { publication: item.id, mediaId: null });
    expect(await search('Zanzibar')).toEqual([]);
    const compiles = renderer.compiles;
    const back = await app.request(PDF);
    expect(back.headers.get('etag')).toBe(generatedEtag);
    expect(renderer.compiles).toBe(compiles);
    const generated = await getPublicationPdfText(env.context(null), { id: item.id });
    expect(generated).toMatchObject({ kind: 'generated' });
    expect(generated.text).toContain('Japan has the opportunity to improve relations.');
  });

  it('falls back to the generated PDF when the uploaded file is gone', async () => {
    const ctx = systemContext(env);
    await setPublicationPdf(ctx, { publication: item.id, mediaId });
    const media = await env.store.media.findById(mediaId);
    await ctx.files.delete(media!.path);
    const response = await app.request(PDF);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(generatedEtag);
    expect((await env.store.publicationPdfs.find(item.id))?.kind).toBe('generated');
  });

  it('refuses what is not a PDF document, naming the field, and people without the publish right', async () => {
    const ctx = systemContext(env);
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).png().toBuffer();
    const image = await uploadMedia(ctx, { filename: 'photo.png', bytes: new Uint8Array(png), alt: 'A black square' });
    await expect(setPublicationPdf(ctx, { publication: item.id, mediaId: image.id }))
      .rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'mediaId' }] });
    await expect(setPublicationPdf(ctx, { publication: item.id, mediaId: 'nothing' }))
      .rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'mediaId' }] });
    const author = { kind: 'user' as const, id: 'author-1', name: 'An Author', role: 'author' as const, personId: null };
    await expect(setPublicationPdf(withUser(env.context(null), author), { publication: item.id, mediaId }))
      .rejects.toMatchObject({ code: 'forbidden' });
    expect((await env.store.publicationPdfs.find(item.id))?.kind).toBe('generated');
  });
});
