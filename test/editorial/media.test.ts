import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublication } from '../../src/actions/create-publication.js';
import { deleteMedia } from '../../src/actions/delete-media.js';
import { findMediaUsage } from '../../src/actions/find-media-usage.js';
import { listMedia } from '../../src/actions/list-media.js';
import { listMediaVariants } from '../../src/actions/list-media-variants.js';
import { savePage } from '../../src/actions/save-page.js';
import { savePerson } from '../../src/actions/save-person.js';
import { updateMedia } from '../../src/actions/update-media.js';
import { updatePublication } from '../../src/actions/update-publication.js';
import { uploadMedia } from '../../src/actions/upload-media.js';
import type { DomainError } from '../../src/domain/errors.js';
import { listMediaImageUrls, withFigureSrcset } from '../../src/render/media/figure-srcset.js';
import { draftInput, seedBasics, systemContext } from '../support/seed.js';
import { DIALECTS, manualClock, openTestEnv, type TestEnv } from '../support/test-services.js';
import { as, authorA, authorB, editor } from './support/actors.js';

/** A real picture: a gradient with a block, so encoders have something to encode. */
async function picture(width: number, height: number, format: 'png' | 'jpeg' | 'webp' | 'gif'): Promise<Uint8Array> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 138, g: 21, b: 56 } } })
    .composite([{ input: { create: { width: Math.ceil(width / 3), height: Math.ceil(height / 3), channels: 3, background: { r: 240, g: 200, b: 40 } } }, left: 5, top: 5 }]);
  return new Uint8Array(await image.toFormat(format).toBuffer());
}

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe.each(DIALECTS)('media library on %s', (dialect) => {
  let env: TestEnv;
  const clock = manualClock('2025-04-09T03:00:00.000Z');
  const filesDir = () => join(env.config.dataDir, 'files');
  beforeAll(async () => {
    env = await openTestEnv(dialect, { clock });
    await seedBasics(env);
  });
  afterAll(async () => env.close());

  it('stores an image under media/YYYY/MM with WebP variants at the srcset widths', async () => {
    const media = await uploadMedia(as(env, authorA), {
      filename: 'Figure 1 (Final).PNG', bytes: await picture(2000, 1000, 'png'), alt: 'A chart of naval tonnage', caption: 'Tonnage by year', credit: 'IDSS',
    });
    expect(media).toMatchObject({ kind: 'image', mimeType: 'image/png', width: 2000, height: 1000, alt: 'A chart of naval tonnage', createdBy: authorA.id });
    expect(media.path).toBe(`media/2025/04/${media.id}-figure-1-final.png`);
    expect(media.url).toBe(`/files/${media.path}`);
    expect(readFileSync(join(filesDir(), media.path)).subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(media.variants.map((v) => [v.width, v.height])).toEqual([[480, 240], [960, 480], [1600, 800]]);
    for (const variant of media.variants) {
      expect(variant.path).toBe(`media/2025/04/${media.id}-figure-1-final-${variant.width}w.webp`);
      const meta = await sharp(join(filesDir(), variant.path)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', variant.width, variant.height]);
    }
  });

  it('never upscales: a small image gets the standard widths below it and its own', async () => {
    const jpeg = await uploadMedia(as(env, editor), { filename: 'photo.jpg', bytes: await picture(700, 400, 'jpeg'), alt: 'A photo' });
    expect(jpeg.variants.map((v) => v.width)).toEqual([480, 700]);
    const tiny = await uploadMedia(as(env, editor), { filename: 'icon.webp', bytes: await picture(120, 80, 'webp'), alt: 'An icon' });
    expect(tiny).toMatchObject({ mimeType: 'image/webp', width: 120 });
    expect(tiny.variants.map((v) => v.width)).toEqual([120]);
    const gif = await uploadMedia(as(env, editor), { filename: 'anim.gif', bytes: await picture(600, 300, 'gif'), alt: 'A GIF' });
    expect(gif.mimeType).toBe('image/gif');
    expect(gif.variants.map((v) => v.width)).toEqual([480, 600]);
  });

  it('trusts the bytes, not the name: a PNG named .jpg is a PNG, a text file named .jpg is refused', async () => {
    const renamed = await uploadMedia(as(env, editor), { filename: 'really-a-png.jpg', bytes: await picture(300, 200, 'png'), alt: 'Renamed' });
    expect(renamed.mimeType).toBe('image/png');
    expect(renamed.path).toMatch(/-really-a-png\.png$/);
    const text = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    const error = await uploadMedia(as(env, editor), { filename: 'photo.jpg', bytes: text, alt: 'x' }).then(() => { throw new Error('expected a refusal'); }, (e: unknown) => e as DomainError);
    expect(error).toMatchObject({ code: 'invalid', issues: [{ field: 'bytes' }] });
    expect(error.message).toMatch(/not one of JPEG, PNG, WebP or GIF images, or PDF documents/);
    const broken = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5]);
    await expect(uploadMedia(as(env, editor), { filename: 'broken.png', bytes: broken, alt: 'x' }))
      .rejects.toThrow(/starts like a PNG image but could not be read/);
    await expect(uploadMedia(as(env, editor), { filename: 'empty.png', bytes: new Uint8Array(0), alt: 'x' }))
      .rejects.toMatchObject({ issues: [{ field: 'bytes' }] });
  });

  it('refuses oversize files naming the limit and the size, and images without alt text', async () => {
    const bigImage = new Uint8Array(21 * 1024 * 1024);
    bigImage.set([0xff, 0xd8, 0xff, 0xe0]);
    await expect(uploadMedia(as(env, editor), { filename: 'huge.jpg', bytes: bigImage, alt: 'Huge' }))
      .rejects.toThrow('"huge.jpg" is 21 MB; images may be at most 20 MB');
    const bigPdf = new Uint8Array(51 * 1024 * 1024);
    bigPdf.set(PDF.subarray(0, 8));
    await expect(uploadMedia(as(env, editor), { filename: 'report.pdf', bytes: bigPdf }))
      .rejects.toThrow('"report.pdf" is 51 MB; PDF documents may be at most 50 MB');
    const error = await uploadMedia(as(env, editor), { filename: 'no-alt.png', bytes: await picture(100, 100, 'png'), alt: '   ' })
      .then(() => { throw new Error('expected a refusal'); }, (e: unknown) => e as DomainError);
    expect(error).toMatchObject({ code: 'invalid', issues: [{ field: 'alt' }] });
    const listed = await listMedia(as(env, editor), { search: 'no-alt' });
    expect(listed.total).toBe(0);
  });

  it('takes PDF documents as attachments without variants or alt text', async () => {
    const pdf = await uploadMedia(as(env, authorA), { filename: 'Policy Report 2025.pdf', bytes: PDF });
    expect(pdf).toMatchObject({ kind: 'document', mimeType: 'application/pdf', width: null, variants: [] });
    expect(pdf.path).toMatch(/^media\/2025\/04\/[a-z0-9]+-policy-report-2025\.pdf$/);
    expect((await listMedia(as(env, editor), { kind: 'document' })).items.map((m) => m.id)).toContain(pdf.id);
  });

  it('lists where a file is used and refuses to delete it until nothing uses it', async () => {
    const ctx = systemContext(env);
    const figure = await uploadMedia(as(env, editor), { filename: 'used.png', bytes: await picture(1200, 600, 'png'), alt: 'Used figure' });
    const body = `Intro.\n\n\`\`\`figure\nsrc: ${figure.url}\nalt: Used figure\ncaption: A used figure\n\`\`\`\n`;
    const publication = await createPublication(ctx, draftInput({ title: 'Uses the figure', body }));
    const page = await savePage(ctx, { title: 'Gallery', body: `![Used figure](${figure.url})` });
    const person = await savePerson(ctx, { name: 'Photo Person', photo: figure.url });
    const { usage } = await findMediaUsage(as(env, authorA), { id: figure.id });
    expect(usage).toEqual(expect.arrayContaining([
      { kind: 'publication', id: publication.id, title: 'Uses the figure', field: 'body' },
      { kind: 'page', id: page.id, title: 'Gallery', field: 'body' },
      { kind: 'person', id: person.id, title: 'Photo Person', field: 'photo' },
    ]));
    expect(usage).toHaveLength(3);

    const refusal = await deleteMedia(as(env, editor), { id: figure.id }).then(() => { throw new Error('expected a refusal'); }, (e: unknown) => e as DomainError);
    expect(refusal).toMatchObject({ code: 'conflict' });
    expect(refusal.message).toContain('"used.png" is still used by 3 items');
    expect(refusal.message).toContain('publication "Uses the figure" (body)');
    expect((refusal.details as { usage: unknown[] }).usage).toHaveLength(3);
    expect(existsSync(join(filesDir(), figure.path))).toBe(true);

    await updatePublication(ctx, { id: publication.id, revision: publication.revision, body: 'No figure now.' });
    await savePage(ctx, { id: page.id, body: 'Empty gallery.' });
    await savePerson(ctx, { id: person.id, photo: null });
    expect((await findMediaUsage(as(env, editor), { id: figure.id })).usage).toEqual([]);
    await deleteMedia(as(env, editor), { id: figure.id });
    for (const path of [figure.path, ...figure.variants.map((v) => v.path)]) expect(existsSync(join(filesDir(), path))).toBe(false);
    await expect(findMediaUsage(as(env, editor), { id: figure.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('lets authors change only their own uploads', async () => {
    const mine = await uploadMedia(as(env, authorA), { filename: 'alice.png', bytes: await picture(200, 100, 'png'), alt: 'Alice’s chart' });
    await expect(updateMedia(as(env, authorB), { id: mine.id, alt: 'Bob was here' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(deleteMedia(as(env, authorB), { id: mine.id })).rejects.toMatchObject({ code: 'forbidden' });
    const updated = await updateMedia(as(env, authorA), { id: mine.id, caption: 'Chart by Alice' });
    expect(updated).toMatchObject({ alt: 'Alice’s chart', caption: 'Chart by Alice' });
    await expect(updateMedia(as(env, editor), { id: mine.id, alt: '' })).rejects.toMatchObject({ issues: [{ field: 'alt' }] });
    await expect(uploadMedia(as(env, null), { filename: 'a.png', bytes: await picture(10, 10, 'png'), alt: 'x' })).rejects.toMatchObject({ code: 'unauthenticated' });
    await deleteMedia(as(env, authorA), { id: mine.id });
  });

  it('gives the site srcset for body figures that show library images', async () => {
    const ctx = systemContext(env);
    const figure = await uploadMedia(ctx, { filename: 'srcset.jpg', bytes: await picture(1800, 900, 'jpeg'), alt: 'Responsive' });
    const publication = await createPublication(ctx, draftInput({
      title: 'Responsive figures',
      body: `\`\`\`figure\nsrc: ${figure.url}\nalt: Responsive\ncaption: Caption\n\`\`\`\n\n![Outside](https://example.org/x.png)\n`,
    }));
    const urls = listMediaImageUrls(publication.bodyHtml);
    expect(urls).toEqual([figure.url]);
    const variants = await listMediaVariants(env.context(null), { urls: [...urls, '/files/demo/not-in-library.jpg'] });
    expect([...variants.keys()]).toEqual([figure.url]);
    const html = withFigureSrcset(publication.bodyHtml, variants);
    const base = figure.path.replace(/\.jpg$/, '');
    expect(html).toContain(`<img src="${figure.url}" srcset="/files/${base}-480w.webp 480w, /files/${base}-960w.webp 960w, /files/${base}-1600w.webp 1600w" sizes="(min-width: 50rem) 46rem, 100vw"`);
    expect(html).toContain('<img src="https://example.org/x.png"');
    expect(html.match(/srcset=/g)).toHaveLength(1);
  });
});
