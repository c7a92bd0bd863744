import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { getPdfChoice } from '../../src/actions/get-pdf-choice.js';
import { makePublicationPdf } from '../../src/actions/make-publication-pdf.js';
import { publishPublication } from '../../src/actions/publish-publication.js';
import { uploadMedia } from '../../src/actions/upload-media.js';
import { createDraft } from '../support/seed.js';
import { DIALECTS } from '../support/test-services.js';
import { useAdminFixture, visibleText, type AdminFixture } from './workflow-test-setup.js';

const PDF_URL = '/publications/idss-papers/ip24001-japans-foreign-policy-outlook-in-2025.pdf';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A published item, a report PDF and an image in the library (the image is what a wrong choice would be). */
async function world(f: AdminFixture) {
  const ctx = f.ctx('editor');
  const item = await publishPublication(ctx, { id: (await createDraft(ctx)).id });
  const book = await createDraft(ctx, { title: 'The Annual Report', body: 'A report typeset elsewhere.' });
  const report = new Uint8Array(await ctx.pdf!.files.read((await makePublicationPdf(ctx, { id: book.id })).record.filePath));
  const reportMedia = await uploadMedia(ctx, { filename: 'annual-report.pdf', bytes: report });
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 9, g: 9, b: 9 } } }).png().toBuffer();
  const image = await uploadMedia(ctx, { filename: 'chart.png', bytes: new Uint8Array(png), alt: 'A chart' });
  return { item, report, reportMedia, image };
}

describe.each(DIALECTS)('the editor’s PDF panel on %s', (dialect) => {
  const open = useAdminFixture(dialect);

  it('puts a library PDF in place of the typeset one, and goes back, as an editor', async () => {
    const f = await open();
    const { item, report, reportMedia } = await world(f);
    const editor = await f.signedIn('editor');

    await editor.get(`/admin/publications/${item.id}`);
    expect(visibleText(editor.lastHtml)).toContain('Readers get the PDF typeset from this text in the house style');
    expect(editor.lastHtml).toContain(`<option value="${reportMedia.id}">annual-report.pdf (`);
    const typeset = await f.app.request(PDF_URL);
    const typesetEtag = typeset.headers.get('etag');

    const attached = await editor.post(`/admin/publications/${item.id}/pdf`, { mediaId: reportMedia.id });
    expect(attached.status).toBe(303);
    expect(attached.headers.get('location')).toBe(`/admin/publications/${item.id}?notice=pdf-attached`);
    const served = await f.app.request(PDF_URL);
    expect(served.headers.get('etag')).toBe(`"${sha256(report)}"`);
    expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(report))).toBe(true);
    await editor.get(`/admin/publications/${item.id}?notice=pdf-attached`);
    const text = visibleText(editor.lastHtml);
    expect(text).toContain('Readers now download the chosen document as this publication’s PDF.');
    expect(text).toContain('Readers get annual-report.pdf');
    expect(editor.lastHtml).toContain(`<option value="${reportMedia.id}" selected="">`);

    const back = await editor.post(`/admin/publications/${item.id}/pdf`, { mediaId: '', generated: '1' });
    expect(back.headers.get('location')).toBe(`/admin/publications/${item.id}?notice=pdf-generated`);
    expect((await f.app.request(PDF_URL)).headers.get('etag')).toBe(typesetEtag);
  });

  it('refuses a document that is not a PDF and an empty choice, naming the field, changing nothing', async () => {
    const f = await open();
    const { item, image } = await world(f);
    const editor = await f.signedIn('editor');
    await editor.get(`/admin/publications/${item.id}`);
    const before = (await f.app.request(PDF_URL)).headers.get('etag');

    const wrong = await editor.post(`/admin/publications/${item.id}/pdf`, { mediaId: image.id });
    expect(wrong.status).toBe(400);
    expect(visibleText(editor.lastHtml)).toContain('"chart.png" is not a PDF document (it is image/png)');
    const empty = await editor.post(`/admin/publications/${item.id}/pdf`, { mediaId: '' });
    expect(empty.status).toBe(400);
    expect(visibleText(editor.lastHtml)).toContain('name a media document, or null for the generated PDF');
    expect((await f.app.request(PDF_URL)).headers.get('etag')).toBe(before);
  });

  it('is not shown to an author, and an author’s post is refused', async () => {
    const f = await open();
    const { reportMedia } = await world(f);
    const own = await createDraft(f.ctx('author'), { title: 'An author’s own draft' });
    const author = await f.signedIn('author');
    await author.get(`/admin/publications/${own.id}`);
    expect(author.lastHtml).not.toContain('pdf-panel');
    const refused = await author.post(`/admin/publications/${own.id}/pdf`, { mediaId: reportMedia.id });
    expect(refused.status).toBe(403);
    expect((await getPdfChoice(f.ctx('editor'), { id: own.id })).uploaded).toBeNull();
  });
});
