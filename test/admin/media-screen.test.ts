import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createPublication } from '../../src/actions/create-publication.js';
import { listMedia } from '../../src/actions/list-media.js';
import { draftInput } from '../support/seed.js';
import { DIALECTS } from '../support/test-services.js';
import { postMultipart, useAdminFixture, visibleText, type AdminFixture } from './workflow-test-setup.js';

async function png(width: number, height: number): Promise<File> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: { r: 36, g: 87, b: 166 } } }).png().toBuffer();
  return new File([new Uint8Array(bytes)], 'Figure 1 (final).png', { type: 'image/png' });
}

/** Files under the data directory's media folder: none may be left by a refused upload. */
function storedFiles(f: AdminFixture): string[] {
  const dir = join(f.env.config.dataDir, 'files', 'media');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
}

describe.each(DIALECTS)('media library screens over HTTP on %s', (dialect) => {
  const open = useAdminFixture(dialect);

  it('uploads an image with WebP thumbnails in the grid', async () => {
    const f = await open();
    const editor = await f.signedIn('editor');
    expect((await editor.get('/admin/media')).status).toBe(200);
    expect(visibleText(editor.lastHtml)).toContain('The library is empty');
    const uploaded = await postMultipart(editor, '/admin/media', { file: await png(1200, 800), alt: 'A blue square', caption: 'Figure 1', credit: 'RSIS' });
    expect(uploaded.status).toBe(303);
    expect(uploaded.headers.get('location')).toBe('/admin/media?notice=media-uploaded');
    await editor.get('/admin/media?notice=media-uploaded');
    expect(visibleText(editor.lastHtml)).toContain('The file is in the library.');
    expect(editor.lastHtml).toMatch(/<img src="\/files\/media\/\d{4}\/\d\d\/[a-z0-9]+-figure-1-final-480w\.webp" alt="A blue square"/);
    expect(visibleText(editor.lastHtml)).toContain('Figure 1 (final).png 1200×800');
    expect(storedFiles(f)).toHaveLength(4);
  });

  it('refuses a wrong type, a too large file and a missing alt text, naming the file, keeping nothing', async () => {
    const f = await open();
    const editor = await f.signedIn('editor');
    await editor.get('/admin/media');
    const text = new File([new TextEncoder().encode('just some notes')], 'notes.jpg', { type: 'image/jpeg' });
    const wrong = await postMultipart(editor, '/admin/media', { file: text, alt: 'Notes' });
    expect(wrong.status).toBe(400);
    expect(visibleText(editor.lastHtml)).toContain('"notes.jpg" is not a file the library takes: its content is not one of JPEG, PNG, WebP or GIF images, or PDF documents');
    expect(editor.lastHtml).toContain('>Notes</textarea>');

    const huge = new Uint8Array(21 * 1024 * 1024);
    huge.set([0xff, 0xd8, 0xff, 0xe0]);
    const tooLarge = await postMultipart(editor, '/admin/media', { file: new File([huge], 'big-photo.jpg'), alt: 'Big' });
    expect(tooLarge.status).toBe(400);
    expect(visibleText(editor.lastHtml)).toContain('"big-photo.jpg" is 21 MB; images may be at most 20 MB');

    const noAlt = await postMultipart(editor, '/admin/media', { file: await png(300, 200), alt: '  ' });
    expect(noAlt.status).toBe(400);
    expect(visibleText(editor.lastHtml)).toContain('alt text is required for images');

    const nothing = await postMultipart(editor, '/admin/media', { alt: 'x' });
    expect(nothing.status).toBe(400);
    expect(visibleText(editor.lastHtml)).toContain('choose a file to upload');

    expect((await listMedia(f.ctx('editor'))).total).toBe(0);
    expect(storedFiles(f)).toEqual([]);
  });

  it('stops an upload past the largest allowed size before reading it', async () => {
    const f = await open();
    const editor = await f.signedIn('editor');
    await editor.get('/admin/media');
    const huge = new Uint8Array(52 * 1024 * 1024);
    huge.set(new TextEncoder().encode('%PDF-1.7'));
    const refused = await postMultipart(editor, '/admin/media', { file: new File([huge], 'annual-report.pdf') });
    expect(refused.status).toBe(400);
    expect(visibleText(editor.lastHtml)).toContain('the upload is larger than 50 MB');
    expect((await listMedia(f.ctx('editor'))).total).toBe(0);
  });

  it('shows where a file is used, refuses to delete it then, and deletes it once unused', async () => {
    const f = await open();
    const editor = await f.signedIn('editor');
    await editor.get('/admin/media');
    await postMultipart(editor, '/admin/media', { file: await png(640, 480), alt: 'Chart' });
    const [media] = (await listMedia(f.ctx('editor'))).items;
    if (!media) throw new Error('no upload');
    await createPublication(f.ctx('editor'), draftInput({ title: 'Charted waters', body: `Text.\n\n![Chart](${media.url})\n` }));

    expect((await editor.get(`/admin/media/${media.id}`)).status).toBe(200);
    const page = visibleText(editor.lastHtml);
    expect(page).toContain('Where it is used Publication Charted waters (body)');
    expect(page).toContain('It cannot be deleted while it is used');

    const refused = await editor.post(`/admin/media/${media.id}/delete`, {});
    expect(refused.status).toBe(409);
    expect(visibleText(editor.lastHtml)).toContain('"Figure 1 (final).png" is still used by one item: publication "Charted waters" (body). Remove it there first.');
    expect((await listMedia(f.ctx('editor'))).total).toBe(1);

    await postMultipart(editor, '/admin/media', { file: await png(320, 240), alt: 'Unused' });
    const unused = (await listMedia(f.ctx('editor'))).items.find((m) => m.alt === 'Unused');
    await editor.get(`/admin/media/${unused?.id}`);
    expect(visibleText(editor.lastHtml)).toContain('Not used anywhere yet.');
    const deleted = await editor.post(`/admin/media/${unused?.id}/delete`, {});
    expect(deleted.status).toBe(303);
    expect((await listMedia(f.ctx('editor'))).total).toBe(1);
  });

  it('edits the description, refuses an empty alt text, and keeps authors to their own uploads', async () => {
    const f = await open();
    const editor = await f.signedIn('editor');
    await editor.get('/admin/media');
    await postMultipart(editor, '/admin/media', { file: await png(640, 480), alt: 'Chart' });
    const [media] = (await listMedia(f.ctx('editor'))).items;
    await editor.get(`/admin/media/${media?.id}`);
    const empty = await editor.post(`/admin/media/${media?.id}`, { alt: '', caption: 'c', credit: '' });
    expect(empty.status).toBe(400);
    expect(visibleText(editor.lastHtml)).toContain('an image needs alt text describing what it shows');
    const saved = await editor.post(`/admin/media/${media?.id}`, { alt: 'Trade chart, 2024', caption: 'Exports by month', credit: 'RSIS' });
    expect(saved.status).toBe(303);
    expect((await listMedia(f.ctx('editor'))).items[0]).toMatchObject({ alt: 'Trade chart, 2024', caption: 'Exports by month', credit: 'RSIS' });

    const author = await f.signedIn('author');
    expect((await author.get(`/admin/media/${media?.id}`)).status).toBe(200);
    expect(author.lastHtml).not.toContain(`action="/admin/media/${media?.id}/delete"`);
    const forbidden = await author.post(`/admin/media/${media?.id}`, { alt: 'Mine now' });
    expect(forbidden.status).toBe(403);
    expect(visibleText(author.lastHtml)).toContain('an author can only change the files they uploaded');
    expect((await listMedia(f.ctx('editor'))).items[0]?.alt).toBe('Trade chart, 2024');
  });
});
