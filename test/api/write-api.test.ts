import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/actions/create-api-token.js';
import { createUser } from '../../src/actions/create-user.js';
import { runDueJobs } from '../../src/actions/run-due-jobs.js';
import { createApp } from '../../src/app.js';
import { seedBasics, systemContext } from '../support/seed.js';
import { DIALECTS, manualClock, openTestEnv, type TestEnv } from '../support/test-services.js';

interface ApiError {
  error: { status: number; code: string; message: string; fields: { field: string; message: string }[]; details?: Record<string, unknown> };
}
type Item = Record<string, unknown> & { id: string; revision: number; status: string; code: string | null };

/** Accounts of a publications office, each with an API token (`imprint token create`). */
const ACCOUNTS = [
  ['tok-admin', 'admin', 'ada@think.example'],
  ['tok-editor', 'editor', 'eddie@think.example'],
  ['tok-author-a', 'author', 'alice@think.example'],
  ['tok-author-b', 'author', 'bob@think.example'],
] as const;

describe.each(DIALECTS)('write API on %s', (dialect) => {
  let env: TestEnv;
  let app: Hono;
  const tokens = new Map<string, string>();
  const clock = manualClock('2025-02-10T02:00:00.000Z');
  beforeAll(async () => {
    env = await openTestEnv(dialect, { clock, baseUrl: 'https://think.example' });
    await seedBasics(env);
    const system = systemContext(env);
    for (const [name, role, email] of ACCOUNTS) {
      await createUser(system, { email, name: email.split('@')[0] ?? email, password: 'correct horse battery staple', role });
      tokens.set(name, (await createApiToken(system, { user: email, name: 'tests' })).token);
    }
    app = createApp(env).app;
  });
  afterAll(async () => env.close());

  async function call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; body: T; headers: Headers }> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${tokens.get(token) ?? token}`;
    const response = await app.request(`/api/v1${path}`, {
      method, headers, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as T, headers: response.headers };
  }

  const newPaper = {
    series: 'idss-papers',
    title: 'Maritime Order in the Indo-Pacific',
    synopsis: 'Navies, rules and the South China Sea.',
    body: '## The setting\n\nSea lanes matter.[^1]\n\n[^1]: A note.',
    authors: [{ person: 'sarah-soh' }, { name: 'Guest Scholar' }],
    terms: ['theme:maritime-security', 'region:east-asia-and-asia-pacific'],
    date: '2025-02-10',
  };

  it('creates a publication: 201, Location and the item with its revision', async () => {
    const { status, body, headers } = await call<Item>('POST', '/publications', 'tok-author-a', newPaper);
    expect(status).toBe(201);
    expect(headers.get('Location')).toBe(`https://think.example/api/v1/publications/${body.id}`);
    expect(body).toMatchObject({
      title: 'Maritime Order in the Indo-Pacific', status: 'draft', revision: 1, code: null,
      authors: [{ name: 'Sarah Soh', slug: 'sarah-soh' }, { name: 'Guest Scholar', slug: null }],
      terms: { theme: [{ slug: 'maritime-security' }], region: [{ slug: 'east-asia-and-asia-pacific' }] },
    });
    expect(body.bodyHtml).toContain('<h2 id="the-setting">The setting</h2>');
    // Reads return the current revision; the author sees their own draft, editors too, readers not.
    expect((await call<Item>('GET', `/publications/${body.id}`, 'tok-author-a')).body.revision).toBe(1);
    expect((await call<Item>('GET', `/publications/${body.id}`, 'tok-editor')).status).toBe(200);
    expect((await call<ApiError>('GET', `/publications/${body.id}`, null)).status).toBe(404);
    expect((await call<ApiError>('GET', `/publications/${body.id}`, 'tok-author-b')).status).toBe(404);
  });

  it('answers 401 without a valid token', async () => {
    const missing = await call<ApiError>('POST', '/publications', null, newPaper);
    expect(missing.status).toBe(401);
    expect(missing.body.error).toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(missing.body.error.message).toContain('Authorization: Bearer');
    const unknown = await call<ApiError>('POST', '/publications', 'tok-nobody', newPaper);
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.message).toMatch(/token is not valid/);
    expect((await call<ApiError>('PATCH', '/publications/x', null, { revision: 1 })).status).toBe(401);
    expect((await call<ApiError>('POST', '/publications/x/transitions', null, { to: 'published' })).status).toBe(401);
  });

  it('answers 400 naming every field at fault, and writes nothing', async () => {
    const before = (await env.store.publications.list({ limit: 1, offset: 0 })).total;
    const bad = await call<ApiError>('POST', '/publications', 'tok-editor', {
      series: 'idss-papers', title: ' ', date: '2025-13-01', authors: [{}], summary: 'misspelt field',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f) => f.field)).toEqual(['summary']);
    const invalid = await call<ApiError>('POST', '/publications', 'tok-editor', { series: 'idss-papers', title: ' ', date: '2025-13-01', authors: [{}] });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields.map((f) => f.field)).toEqual(['title', 'authors.0']);
    const badDate = await call<ApiError>('POST', '/publications', 'tok-editor', { ...newPaper, date: '2025-13-01' });
    expect(badDate.body.error.fields.map((f) => f.field)).toEqual(['date']);
    const unknownSeries = await call<ApiError>('POST', '/publications', 'tok-editor', { ...newPaper, series: 'no-such-series' });
    expect(unknownSeries.body.error.fields).toEqual([{ field: 'series', message: 'no series "no-such-series"' }]);
    const notJson = await call<ApiError>('POST', '/publications', 'tok-editor', '{"title": ');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.fields[0]?.field).toBe('(body)');
    expect((await env.store.publications.list({ limit: 1, offset: 0 })).total).toBe(before);
  });

  it('edits with PATCH on the current revision and refuses a stale one with 409, keeping the refused version', async () => {
    const created = (await call<Item>('POST', '/publications', 'tok-editor', { ...newPaper, title: 'Contested paper' })).body;
    const first = await call<Item>('PATCH', `/publications/${created.id}`, 'tok-editor', { revision: 1, synopsis: 'The editor’s synopsis.' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ revision: 2, synopsis: 'The editor’s synopsis.', title: 'Contested paper' });

    const stale = await call<ApiError>('PATCH', `/publications/${created.id}`, 'tok-admin', { revision: 1, synopsis: 'The admin’s synopsis.' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    const details = stale.body.error.details as { keptRevisionId: string; keptRevisionUrl: string; yourRevision: number; currentRevision: number };
    expect(details).toMatchObject({ yourRevision: 1, currentRevision: 2 });
    expect(details.keptRevisionUrl).toBe(`https://think.example/api/v1/publications/${created.id}/revisions/${details.keptRevisionId}`);
    expect(stale.body.error.message).toContain(details.keptRevisionId);

    // The newer version is current; the refused one can be fetched where the error said.
    expect((await call<Item>('GET', `/publications/${created.id}`, 'tok-admin')).body).toMatchObject({ revision: 2, synopsis: 'The editor’s synopsis.' });
    const kept = await call<{ kind: string; snapshot: { synopsis: string } }>('GET', details.keptRevisionUrl.replace('https://think.example/api/v1', ''), 'tok-admin');
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ kind: 'conflict', snapshot: { synopsis: 'The admin’s synopsis.' } });
    const history = await call<{ currentRevision: number; revisions: { kind: string; revision: number | null }[] }>('GET', `/publications/${created.id}/revisions`, 'tok-editor');
    expect(history.body.currentRevision).toBe(2);
    expect(history.body.revisions.map((r) => [r.kind, r.revision])).toEqual([['conflict', null], ['save', 2], ['save', 1]]);

    const missing = await call<ApiError>('PATCH', `/publications/${created.id}`, 'tok-editor', { synopsis: 'no revision given' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.map((f) => f.field)).toEqual(['revision']);
    expect((await call<ApiError>('PATCH', '/publications/nope', 'tok-editor', { revision: 1 })).status).toBe(404);
  });

  it('moves items through the workflow with role rules: an author submits, an author’s publish is 403', async () => {
    const created = (await call<Item>('POST', '/publications', 'tok-author-a', { ...newPaper, title: 'Submitted by its author' })).body;
    expect((await call<ApiError>('PATCH', `/publications/${created.id}`, 'tok-author-b', { revision: 1, title: 'Hijacked' })).status).toBe(403);
    const published = await call<ApiError>('POST', `/publications/${created.id}/transitions`, 'tok-author-a', { to: 'published' });
    expect(published.status).toBe(403);
    expect(published.body.error.code).toBe('forbidden');
    const submitted = await call<Item>('POST', `/publications/${created.id}/transitions`, 'tok-author-a', { to: 'in_review' });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('in_review');
    expect((await call<ApiError>('PATCH', `/publications/${created.id}`, 'tok-author-a', { revision: 1, title: 'Too late' })).status).toBe(403);

    const badTarget = await call<ApiError>('POST', `/publications/${created.id}/transitions`, 'tok-editor', { to: 'archived' });
    expect(badTarget.status).toBe(400);
    expect(badTarget.body.error.fields.map((f) => f.field)).toEqual(['to']);
    const noTime = await call<ApiError>('POST', `/publications/${created.id}/transitions`, 'tok-editor', { to: 'scheduled' });
    expect(noTime.body.error.fields.map((f) => f.field)).toEqual(['at']);

    const scheduled = await call<Item>('POST', `/publications/${created.id}/transitions`, 'tok-editor', { to: 'scheduled', at: '2025-02-10T10:00:30+08:00' });
    expect(scheduled.body).toMatchObject({ status: 'scheduled', code: null });
    clock.set('2025-02-10T02:00:31.000Z');
    await runDueJobs(systemContext(env), { handlers: env.jobs, workerId: 'api-test' });
    const live = await call<Item>('GET', `/publications/${created.id}`, null);
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ status: 'published', code: 'IP25001' });
  });
});

describe.each(DIALECTS)('write API with real accounts and bearer tokens on %s', (dialect) => {
  let env: TestEnv;
  let app: Hono;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    env = await openTestEnv(dialect, { baseUrl: 'https://think.example' });
    await seedBasics(env);
    const system = systemContext(env);
    for (const role of ['author', 'editor'] as const) {
      const user = await createUser(system, { email: `${role}@think.example`, name: `The ${role}`, password: 'correct horse battery staple', role });
      tokens[role] = (await createApiToken(system, { user: user.email, name: 'test' })).token;
    }
    app = createApp(env).app;
  });
  afterAll(async () => env.close());

  const send = async (method: string, path: string, token: string | null, body?: unknown) => {
    const response = await app.request(`/api/v1${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Item & ApiError };
  };

  it('creates as the token’s user and applies that user’s role', async () => {
    const created = await send('POST', '/publications', tokens.author ?? '', { series: 'idss-papers', title: 'Token paper', date: '2025-02-10' });
    expect(created.status).toBe(201);
    expect((await send('POST', `/publications/${created.body.id}/transitions`, tokens.author ?? '', { to: 'published' })).status).toBe(403);
    expect((await send('POST', `/publications/${created.body.id}/transitions`, tokens.author ?? '', { to: 'in_review' })).body.status).toBe('in_review');
    expect((await send('PATCH', `/publications/${created.body.id}`, tokens.editor ?? '', { revision: 1, title: 'Token paper, edited' })).body.revision).toBe(2);
    const published = await send('POST', `/publications/${created.body.id}/transitions`, tokens.editor ?? '', { to: 'published' });
    expect(published.body).toMatchObject({ status: 'published', code: expect.stringMatching(/^IP\d{5}$/) });
    expect((await send('POST', '/publications', null, { series: 'idss-papers', title: 'x', date: '2025-02-10' })).status).toBe(401);
    expect((await send('POST', '/publications', 'not-a-token', { series: 'idss-papers', title: 'x', date: '2025-02-10' })).status).toBe(401);
  });
});
