import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/actions/create-api-token.js';
import { createUser } from '../../src/actions/create-user.js';
import { makePublicationPdf } from '../../src/actions/make-publication-pdf.js';
import { publishPublication } from '../../src/actions/publish-publication.js';
import { uploadMedia } from '../../src/actions/upload-media.js';
import { createApp } from '../../src/app.js';
import { createDraft, seedBasics, systemContext } from '../support/seed.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';

describe.each(DIALECTS)('attaching a PDF through the API on %s', (dialect) => {
  let env: TestEnv;
  let app: Hono;
  const tokens: Record<string, string> = {};
  let publicationId: string;
  let mediaId: string;

  const put = async (token: string | null, body: unknown) => {
    const response = await app.request(`/api/v1/publications/${publicationId}/pdf`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    env = await openTestEnv(dialect);
    await seedBasics(env);
    const system = systemContext(env);
    for (const role of ['author', 'editor'] as const) {
      const user = await createUser(system, { email: `${role}@think.example`, name: `The ${role}`, password: 'correct horse battery staple', role });
      tokens[role] = (await createApiToken(system, { user: user.email, name: 'test' })).token;
    }
    publicationId = (await publishPublication(system, { id: (await createDraft(system)).id })).id;
    const other = await createDraft(system, { title: 'A report typeset elsewhere' });
    const made = await makePublicationPdf(system, { id: other.id });
    const bytes = await system.pdf!.files.read(made.record.filePath);
    mediaId = (await uploadMedia(system, { filename: 'report.pdf', bytes })).id;
    app = createApp(env).app;
  });
  afterAll(async () => env.close());

  it('lets an editor attach a media PDF and go back, and nobody else', async () => {
    expect((await put(null, { mediaId })).status).toBe(401);
    expect((await put(tokens.author ?? '', { mediaId })).status).toBe(403);
    const bad = await put(tokens.editor ?? '', { media: mediaId });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('mediaId');
    const attached = await put(tokens.editor ?? '', { mediaId });
    expect(attached).toMatchObject({ status: 200, body: { kind: 'uploaded', mediaId } });
    expect((await env.store.publicationPdfs.find(publicationId))?.kind).toBe('uploaded');
    const back = await put(tokens.editor ?? '', { mediaId: null });
    expect(back).toMatchObject({ status: 200, body: { kind: 'generated', mediaId: null } });
    expect(await env.store.publicationPdfs.find(publicationId)).toBeUndefined();
  });
});
