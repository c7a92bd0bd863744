import { afterEach, describe, expect, it } from 'vitest';
import { withUser } from '../../src/actions/action-context.js';
import { getPublication } from '../../src/actions/get-publication.js';
import { listMedia } from '../../src/actions/list-media.js';
import { listRevisions } from '../../src/actions/list-revisions.js';
import { formatMoment } from '../../src/admin/zoned-time.js';
import { SYSTEM_ACTOR } from '../../src/domain/permissions.js';
import { createDraft } from '../support/seed.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { editorFields, formDataOf, openEditorWorld, pngBytes } from './support/editor-client.js';

describe.each(DIALECTS)('publication editor endpoints on %s', (dialect) => {
  const envs: TestEnv[] = [];
  afterEach(async () => {
    await Promise.all(envs.splice(0).map((e) => e.close()));
  });
  async function open() {
    const env = await openTestEnv(dialect);
    envs.push(env);
    return { env, ...(await openEditorWorld(env)) };
  }
  const system = (env: TestEnv) => withUser(env.context(null), SYSTEM_ACTOR);

  it('previews Markdown through the site pipeline, sanitised, for signed-in writers only', async () => {
    const { app, signedIn } = await open();
    const author = await signedIn('abe@example.org');
    await author.get('/admin/publications/new');
    const markdown = '## Heading\n\nA claim.[^1]\n\n<script>alert(1)</script><img src=x onerror="alert(2)">\n\n'
      + '```figure\nsrc: /files/media/chart.png\nalt: A chart\ncaption: Tonnage\ncredit: IDSS\n```\n\n[^1]: The source.';
    const response = await author.postScript('/admin/publications/preview', formDataOf([['markdown', markdown]]));
    expect(response.status).toBe(200);
    const { html } = await response.json() as { html: string };
    expect(html).toContain('<h2');
    expect(html).toContain('The source.');
    // Multipart bodies carry CRLF line breaks; the figure's fields must still be read.
    expect(html).toContain('<img src="/files/media/chart.png" alt="A chart"');
    expect(html).toContain('<figcaption>Tonnage');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onerror');
    const withoutToken = await author.postScript('/admin/publications/preview', formDataOf([['markdown', 'x']]), null);
    expect(withoutToken.status).toBe(403);
    const anonymous = await app.request('https://imprint.test/admin/publications/preview', { method: 'POST', body: formDataOf([['markdown', 'x']]) });
    expect(anonymous.status).toBe(403);
  });

  it('autosaves a new draft, then its edits by revision; a stale autosave gets 409 JSON and is kept', async () => {
    const { env, signedIn, ip } = await open();
    const author = await signedIn('abe@example.org');
    await author.get('/admin/publications/new');
    const empty = await author.postScript('/admin/publications/autosave', formDataOf(editorFields({ series: ip.id, title: '' })));
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { issues: { field: string }[] }).issues.map((i) => i.field)).toContain('title');

    const first = await author.postScript('/admin/publications/autosave', formDataOf(editorFields({ series: ip.id, title: 'Autosaved Draft' })));
    expect(first.status).toBe(201);
    const created = await first.json() as { id: string; revision: number; editUrl: string; autosaveUrl: string };
    expect(created).toMatchObject({ revision: 1, editUrl: `/admin/publications/${created.id}`, autosaveUrl: `/admin/publications/${created.id}/autosave` });

    const second = await author.postScript(created.autosaveUrl, formDataOf(editorFields({ series: ip.id, title: 'Autosaved Draft, longer', revision: 1 })));
    expect(second.status).toBe(200);
    expect(await second.json()).toMatchObject({ id: created.id, revision: 2 });

    const stale = await author.postScript(created.autosaveUrl, formDataOf(editorFields({ series: ip.id, title: 'From another tab', revision: 1 })));
    expect(stale.status).toBe(409);
    const refusal = await stale.json() as { error: string; message: string; details: { keptRevisionId: string; currentRevision: number } };
    expect(refusal.error).toBe('conflict');
    expect(refusal.message).toContain('was changed by someone else');
    expect(refusal.details.currentRevision).toBe(2);
    expect(await getPublication(system(env), { id: created.id })).toMatchObject({ title: 'Autosaved Draft, longer', revision: 2 });
    const kept = (await listRevisions(system(env), { id: created.id })).revisions.find((r) => r.id === refusal.details.keptRevisionId);
    expect(kept?.kind).toBe('conflict');
  });

  it('uploads a figure with alt text, caption and credit and answers the ```figure block; refuses one without them or a PDF', async () => {
    const { env, signedIn } = await open();
    const author = await signedIn('abe@example.org');
    await author.get('/admin/publications/new');
    const upload = (fields: [string, string][], file?: { bytes: Uint8Array; name: string; type: string }) => {
      const data = formDataOf(fields);
      if (file) data.append('file', new File([file.bytes], file.name, { type: file.type }));
      return author.postScript('/admin/publications/figures', data);
    };
    const png = { bytes: await pngBytes(), name: 'chart.png', type: 'image/png' };

    const missing = await upload([['alt', ''], ['caption', 'Tonnage'], ['credit', '']], png);
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { issues: { field: string }[] }).issues.map((i) => i.field)).toEqual(['alt', 'credit']);
    const pdf = await upload([['alt', 'A'], ['caption', 'B'], ['credit', 'C']], { bytes: new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n'), name: 'paper.pdf', type: 'application/pdf' });
    expect(pdf.status).toBe(400);
    expect((await listMedia(system(env), {})).total).toBe(0);

    const ok = await upload([['alt', 'A chart of naval tonnage'], ['caption', 'Tonnage by year'], ['credit', 'IDSS']], png);
    expect(ok.status).toBe(201);
    const { url, markdown } = await ok.json() as { url: string; markdown: string };
    expect(url).toMatch(/^\/files\/media\/.+\.png$/);
    expect(markdown).toBe(`\`\`\`figure\nsrc: ${url}\nalt: A chart of naval tonnage\ncaption: Tonnage by year\ncredit: IDSS\n\`\`\``);
  });

  it('gives a private preview link that shows an unpublished item as the site will, noindex; a forged link finds nothing', async () => {
    const { env, app, signedIn } = await open();
    const draft = await createDraft(system(env), { title: 'Unpublished Thoughts on Deterrence' });
    const editor = await signedIn('eve@example.org');
    await editor.get(`/admin/publications/${draft.id}`);
    const path = /href="(\/preview\/[^"]+)"/.exec(editor.lastHtml)?.[1];
    expect(path).toBeDefined();
    expect(editor.lastHtml).toContain(`https://imprint.test${path}`);

    const shown = await app.request(`https://imprint.test${path}`);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('x-robots-tag')).toContain('noindex');
    expect(shown.headers.get('cache-control')).toContain('no-store');
    const html = await shown.text();
    expect(html).toContain('Unpublished Thoughts on Deterrence');
    expect(html).toContain('Relations with China');

    const token = (path ?? '').slice('/preview/'.length);
    const [id, expires, mac = ''] = token.split('.');
    // The editor is told when the link stops working, in the institute's time zone like every other time.
    expect(editor.lastHtml).toContain(`It works until ${formatMoment(new Date(parseInt(expires ?? '0', 36) * 1000).toISOString(), 'UTC')}.`);
    const forged = `${id}.${expires}.${mac.slice(0, -2)}${mac.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await app.request(`https://imprint.test/preview/${forged}`)).status).toBe(404);
    const extended = `${id}.${(parseInt(expires ?? '0', 36) + 86400).toString(36)}.${mac}`;
    expect((await app.request(`https://imprint.test/preview/${extended}`)).status).toBe(404);
    expect((await app.request(`https://imprint.test/publications/idss-papers/${draft.slug}`)).status).toBe(404);
  });
});
