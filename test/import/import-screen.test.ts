import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORIGIN } from '../authz/support/admin-browser.js';
import { postMultipart, useAdminFixture, visibleText } from '../admin/workflow-test-setup.js';
import { DIALECTS } from '../support/test-services.js';

const DOCX = readFileSync(join(import.meta.dirname, '../fixtures/import/docx/undersea-cables.docx'));
const docx = (name = 'undersea-cables.docx', bytes: Uint8Array = DOCX) =>
  new File([bytes], name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });

describe.each(DIALECTS)('the Word import screen (%s)', (dialect) => {
  const fixture = useAdminFixture(dialect);

  it('an editor uploads a document; it becomes a draft in the series chosen, pictures in the media library', async () => {
    const { env, signedIn } = await fixture();
    const editor = await signedIn('editor');
    const page = await editor.get('/admin/import');
    expect(page.status).toBe(200);
    expect(editor.lastHtml).toContain('enctype="multipart/form-data"');
    expect(editor.lastHtml).toContain('name="_csrf"');
    expect(editor.lastHtml).toContain('<option value="policy-reports">Policy Reports</option>');
    expect(editor.lastHtml).toContain('href="/admin/import"');
    // Whole archives are pointed to the commands that import them.
    for (const command of ['imprint import pages', 'imprint import wxr', 'imprint import json']) expect(editor.lastHtml).toContain(`<code>${command}`);

    const response = await postMultipart(editor, '/admin/import', { file: docx(), series: 'policy-reports' });
    expect(response.status).toBe(200);
    const text = visibleText(editor.lastHtml);
    expect(text).toContain('Imported as a new publication');
    expect(text).toContain('2 footnotes, 2 figures');
    const [listed] = (await env.store.publications.list({ limit: 5, offset: 0 })).items;
    const item = await env.store.publications.findById(listed?.id ?? '');
    expect(item).toMatchObject({ title: 'Undersea Cables and the Security of Southeast Asia', status: 'draft', date: '2025-03' });
    expect(item?.body).toContain('[^2]: ASEAN has discussed a cable incident hotline since 2023.');
    expect(editor.lastHtml).toContain(`href="/admin/publications/${item?.id}"`);
    expect((await env.store.media.list({ limit: 10, offset: 0 })).items.map((m) => m.caption).sort()).toEqual([
      'A cable-laying ship at work off the coast of Batam.', 'Figure 2: Cable routes through the South China Sea.',
    ]);

    // The same document again: nothing new.
    await editor.get('/admin/import');
    await postMultipart(editor, '/admin/import', { file: docx(), series: 'policy-reports' });
    expect(visibleText(editor.lastHtml)).toContain('Nothing to do');
    expect((await env.store.publications.list({ limit: 5, offset: 0 })).total).toBe(1);
  });

  it('refuses a missing file, a missing series and a file that is not a Word document, naming the field; nothing is written', async () => {
    const { env, signedIn } = await fixture();
    const editor = await signedIn('editor');
    await editor.get('/admin/import');
    const empty = await postMultipart(editor, '/admin/import', { series: '' });
    expect(empty.status).toBe(400);
    expect(visibleText(editor.lastHtml)).toContain('choose a Word document (.docx) to upload');
    expect(visibleText(editor.lastHtml)).toContain('choose the series it belongs to');
    const notWord = await postMultipart(editor, '/admin/import', { file: docx('notes.docx', new TextEncoder().encode('just text')), series: 'policy-reports' });
    expect(notWord.status).toBe(400);
    expect(editor.lastHtml).toContain('href="#field-file"');
    expect(visibleText(editor.lastHtml)).toContain('not a Word document (.docx) that can be read');
    expect((await env.store.publications.list({ limit: 5, offset: 0 })).total).toBe(0);
  });

  it('authors may not import; the form needs its CSRF token; signed-out visitors go to sign in', async () => {
    const { app, signedIn } = await fixture();
    const author = await signedIn('author');
    expect((await author.get('/admin/import')).status).toBe(403);
    expect(author.lastHtml).not.toContain('href="/admin/import"');
    const editor = await signedIn('editor');
    await editor.get('/admin/import');
    const form = new FormData();
    form.set('file', docx());
    form.set('series', 'policy-reports');
    const forged = await app.request(`${ORIGIN}/admin/import`, { method: 'POST', body: form, headers: { cookie: editor.cookieHeader(), origin: ORIGIN, 'sec-fetch-site': 'same-origin' } });
    expect(forged.status).toBe(403);
    const anonymous = await app.request(`${ORIGIN}/admin/import`);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toContain('/admin/sign-in');
  });
});
