import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/app.js';
import { createPublication } from '../../src/actions/create-publication.js';
import { publishPublication } from '../../src/actions/publish-publication.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { createDraft, draftInput, seedBasics, systemContext } from '../support/seed.js';

interface ApiError { error: { status: number; code: string; message: string; fields: { field: string; message: string }[] } }

describe.each(DIALECTS)('read API on %s', (dialect) => {
  let env: TestEnv;
  let app: Hono;
  let fixtureId: string;
  let draftId: string;
  beforeAll(async () => {
    env = await openTestEnv(dialect, { baseUrl: 'https://think.example' });
    await seedBasics(env);
    const ctx = systemContext(env);
    const fixture = await createPublication(ctx, draftInput({
      code: 'IP24112', status: 'published', authors: [{ person: 'sarah-soh' }, { name: 'Outside Writer' }],
      terms: ['theme:international-politics-and-security', 'region:east-asia-and-asia-pacific'],
    }));
    fixtureId = fixture.id;
    for (let i = 1; i <= 3; i++) {
      await publishPublication(ctx, { id: (await createDraft(ctx, { series: 'working-papers', title: `Working paper ${i}`, date: `2023-0${i}-01`, authors: [{ person: 'tan-wei-ming' }] })).id });
    }
    draftId = (await createDraft(ctx, { title: 'Unpublished draft' })).id;
    app = createApp(env).app;
  });
  afterAll(async () => env.close());

  const getJson = async <T>(path: string): Promise<{ status: number; body: T; headers: Headers }> => {
    const response = await app.request(path);
    return { status: response.status, body: (await response.json()) as T, headers: response.headers };
  };

  it('lists published publications with the documented item shape', async () => {
    const { status, body } = await getJson<{ items: Record<string, unknown>[]; total: number; page: number; pageSize: number }>('/api/v1/publications');
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 4, page: 1, pageSize: 20 });
    const item = body.items.find((i) => i.code === 'IP24112');
    expect(item).toEqual(expect.objectContaining({
      id: fixtureId,
      code: 'IP24112',
      title: 'Japan’s Foreign Policy Outlook in 2025',
      slug: 'japans-foreign-policy-outlook-in-2025',
      url: 'https://think.example/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025',
      series: { slug: 'idss-papers', name: 'IDSS Papers' },
      authors: [{ name: 'Sarah Soh', slug: 'sarah-soh' }, { name: 'Outside Writer', slug: null }],
      date: '2024-12-30',
      synopsis: 'What will 2025 portend for Japan?',
      status: 'published',
      terms: {
        theme: [{ slug: 'international-politics-and-security', name: 'International Politics and Security' }],
        region: [{ slug: 'east-asia-and-asia-pacific', name: 'East Asia and Asia Pacific' }],
        unit: [{ slug: 'idss', name: 'Institute of Defence and Strategic Studies' }],
      },
    }));
    expect(body.items.map((i) => i.title)).not.toContain('Unpublished draft');
  });

  it('filters by series, code, author and term, and pages', async () => {
    const bySeries = await getJson<{ items: { title: string }[]; total: number }>('/api/v1/publications?series=working-papers&pageSize=2&page=2');
    expect(bySeries.body.total).toBe(3);
    expect(bySeries.body.items.map((i) => i.title)).toEqual(['Working paper 1']);
    expect((await getJson<{ total: number }>('/api/v1/publications?code=ip24112')).body.total).toBe(1);
    expect((await getJson<{ total: number }>('/api/v1/publications?author=tan-wei-ming')).body.total).toBe(3);
    expect((await getJson<{ total: number }>('/api/v1/publications?term=region:east-asia-and-asia-pacific')).body.total).toBe(1);
  });

  it('answers bad parameters with a JSON 400 naming the parameter', async () => {
    const page = await getJson<ApiError>('/api/v1/publications?page=abc');
    expect(page.status).toBe(400);
    expect(page.body.error).toMatchObject({ status: 400, code: 'invalid', fields: [{ field: 'page' }] });
    const size = await getJson<ApiError>('/api/v1/publications?pageSize=1000');
    expect(size.body.error.fields[0]).toMatchObject({ field: 'pageSize', message: 'must be at most 100' });
    const series = await getJson<ApiError>('/api/v1/publications?series=nope');
    expect(series.status).toBe(400);
    expect(series.body.error.message).toContain('no series "nope"');
  });

  it('returns one publication with its body, and 404 JSON for drafts and unknown ids', async () => {
    const one = await getJson<{ code: string; body: string; bodyHtml: string; revision: number }>(`/api/v1/publications/${fixtureId}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ code: 'IP24112', revision: 1 });
    expect(one.body.bodyHtml).toContain('<h2 id="relations-with-china">');
    for (const id of [draftId, 'no-such-id']) {
      const missing = await getJson<ApiError>(`/api/v1/publications/${id}`);
      expect(missing.status).toBe(404);
      expect(missing.body.error).toMatchObject({ status: 404, code: 'not_found' });
    }
    const route = await getJson<ApiError>('/api/v1/nothing-here');
    expect(route.status).toBe(404);
    expect(route.body.error.message).toContain('GET /api/v1/nothing-here');
  });

  it('lists series, people and terms', async () => {
    const series = await getJson<{ items: { slug: string; numbering: string }[] }>('/api/v1/series');
    expect(series.body.items.map((s) => s.slug)).toEqual(['idss-papers', 'working-papers', 'policy-reports']);
    const people = await getJson<{ items: { slug: string; group: string; units: string[] }[] }>('/api/v1/people');
    expect(people.body.items.find((p) => p.slug === 'sarah-soh')).toMatchObject({ group: 'faculty-and-research', units: ['idss'] });
    const terms = await getJson<{ items: { slug: string; terms: { slug: string }[] }[] }>('/api/v1/terms');
    expect(terms.body.items.map((t) => t.slug)).toEqual(['theme', 'region']);
    expect(terms.body.items[1]?.terms.map((t) => t.slug)).toEqual(['east-asia-and-asia-pacific']);
  });

  it('sends security headers and no-store on API responses', async () => {
    const { headers } = await getJson('/api/v1/series');
    expect(headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(headers.get('cache-control')).toBe('no-store');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });
});
