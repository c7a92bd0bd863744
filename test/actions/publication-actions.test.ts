import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withUser } from '../../src/actions/action-context.js';
import { createPublication } from '../../src/actions/create-publication.js';
import { updatePublication } from '../../src/actions/update-publication.js';
import { publishPublication } from '../../src/actions/publish-publication.js';
import { getPublication } from '../../src/actions/get-publication.js';
import { getPublicationPage } from '../../src/actions/get-publication-page.js';
import { listPublications } from '../../src/actions/list-publications.js';
import { findRedirect } from '../../src/actions/find-redirect.js';
import { savePerson } from '../../src/actions/save-person.js';
import type { Actor } from '../../src/domain/permissions.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { createDraft, draftInput, seedBasics, systemContext } from '../support/seed.js';

const author: Actor = { kind: 'user', id: 'u-author', name: 'An Author', role: 'author', personId: null };

describe.each(DIALECTS)('publication actions on %s', (dialect) => {
  let env: TestEnv;
  let seed: Awaited<ReturnType<typeof seedBasics>>;
  beforeAll(async () => {
    env = await openTestEnv(dialect);
    seed = await seedBasics(env);
  });
  afterAll(async () => env.close());

  it('creates a draft with ordered authors, terms, derived HTML and the series unit', async () => {
    const ctx = systemContext(env);
    const p = await createPublication(ctx, draftInput({
      title: 'Ordered Authors',
      authors: [{ person: 'tan-wei-ming' }, { name: 'Jane Outsider' }, { person: seed.sarah.id }],
      terms: ['theme:maritime-security', seed.eastAsia.id],
      body: 'Intro.[^1]\n\n## A Section\n\nText.\n\n[^1]: A note.',
    }));
    expect(p.status).toBe('draft');
    expect(p.slug).toBe('ordered-authors');
    expect(p.authors.map((a) => a.name)).toEqual(['Tan Wei Ming', 'Jane Outsider', 'Sarah Soh']);
    expect(p.authors.map((a) => a.personSlug)).toEqual(['tan-wei-ming', null, 'sarah-soh']);
    expect(new Set(p.termIds)).toEqual(new Set([seed.maritime.id, seed.eastAsia.id]));
    expect(p.unitIds).toEqual([seed.idss.id]);
    expect(p.bodyHtml).toContain('<h2 id="a-section">A Section</h2>');
    expect(p.bodyHtml).toContain('A note.');
    expect(p.revision).toBe(1);
  });

  it('rejects bad input naming every field at fault and writes nothing', async () => {
    const ctx = systemContext(env);
    const before = (await env.store.publications.list({ limit: 1, offset: 0 })).total;
    const error = await createPublication(ctx, {
      series: 'no-such-series', title: '  ', date: '2024-13-01', authors: [{}],
    } as never).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid' });
    const fields = (error as { issues: { field: string }[] }).issues.map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'authors.0']));
    await expect(createPublication(ctx, draftInput({ series: 'no-such-series' }))).rejects.toMatchObject({ issues: [{ field: 'series' }] });
    await expect(createPublication(ctx, draftInput({ date: '2023-02-30' }))).rejects.toThrow(/day 30 does not exist in February 2023/);
    await expect(createPublication(ctx, draftInput({ terms: ['theme:nope'] }))).rejects.toMatchObject({ issues: [{ field: 'terms.0' }] });
    await expect(createPublication(ctx, draftInput({ authors: [{ person: 'nobody' }] }))).rejects.toMatchObject({ issues: [{ field: 'authors.0.person' }] });
    expect((await env.store.publications.list({ limit: 1, offset: 0 })).total).toBe(before);
  });

  it('refuses a save on a stale revision and keeps the newer text', async () => {
    const ctx = systemContext(env);
    const p = await createDraft(ctx, { title: 'Contested' });
    const first = await updatePublication(ctx, { id: p.id, revision: 1, synopsis: 'Editor A wrote this.' });
    expect(first.revision).toBe(2);
    await expect(updatePublication(ctx, { id: p.id, revision: 1, synopsis: 'Editor B overwrote it.' }))
      .rejects.toMatchObject({ code: 'conflict' });
    const stored = await getPublication(ctx, { id: p.id });
    expect(stored.synopsis).toBe('Editor A wrote this.');
    expect(stored.revision).toBe(2);
  });

  it('keeps every field an update leaves out', async () => {
    const ctx = systemContext(env);
    const p = await createPublication(ctx, draftInput({
      title: 'Partial', authors: [{ person: 'sarah-soh' }, { name: 'Guest Writer' }], terms: ['theme:maritime-security'],
      isFeatured: true, bio: 'The bio.', legacyUrls: ['/old/partial'],
    }));
    const updated = await updatePublication(ctx, { id: p.id, revision: p.revision, title: 'Partial, retitled' });
    expect(updated).toMatchObject({
      title: 'Partial, retitled', synopsis: p.synopsis, body: p.body, bio: 'The bio.', isFeatured: true,
      termIds: p.termIds, legacyUrls: ['/old/partial'], date: p.date,
    });
    expect(updated.authors).toEqual(p.authors);
    const emptied = await updatePublication(ctx, { id: p.id, revision: updated.revision, terms: [], isFeatured: false });
    expect(emptied.termIds).toEqual([]);
    expect(emptied.isFeatured).toBe(false);
    expect(emptied.authors).toEqual(p.authors);
  });

  it('enforces roles inside the action', async () => {
    const authorCtx = withUser(env.context(null), author);
    const anonymous = env.context(null);
    const p = await createPublication(authorCtx, draftInput({ title: 'By an author' }));
    await expect(publishPublication(authorCtx, { id: p.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createPublication(authorCtx, draftInput({ title: 'Sneaky', status: 'published' }))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createPublication(anonymous, draftInput())).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('hides drafts from readers and lists only published items', async () => {
    const ctx = systemContext(env);
    const reader = env.context(null);
    const draft = await createDraft(ctx, { title: 'Still a draft' });
    await expect(getPublication(reader, { id: draft.id })).rejects.toMatchObject({ code: 'not_found' });
    expect((await getPublication(ctx, { id: draft.id })).title).toBe('Still a draft');
    const listed = await listPublications(reader, { pageSize: 100 });
    expect(listed.items.every((i) => i.status === 'published')).toBe(true);
    expect(listed.items.find((i) => i.id === draft.id)).toBeUndefined();
  });

  it('filters listings by series, author, term, code and year, with pagination', async () => {
    const ctx = systemContext(env);
    const a = await publishPublication(ctx, { id: (await createDraft(ctx, { title: 'Filter A', date: '2021-05-01', terms: ['theme:maritime-security'] })).id });
    await publishPublication(ctx, { id: (await createDraft(ctx, { title: 'Filter B', date: '2021-06-01', authors: [{ person: 'tan-wei-ming' }] })).id });
    const reader = env.context(null);
    expect((await listPublications(reader, { terms: ['theme:maritime-security'] })).items.map((i) => i.title)).toEqual(['Filter A']);
    expect((await listPublications(reader, { author: 'tan-wei-ming', year: 2021 })).items.map((i) => i.title)).toEqual(['Filter B']);
    expect((await listPublications(reader, { code: a.code?.toLowerCase() ?? '' })).items.map((i) => i.id)).toEqual([a.id]);
    const page1 = await listPublications(reader, { year: 2021, pageSize: 1 });
    const page2 = await listPublications(reader, { year: 2021, pageSize: 1, page: 2 });
    expect(page1.total).toBe(2);
    expect(page1.items[0]?.title).toBe('Filter B');
    expect(page2.items[0]?.title).toBe('Filter A');
    await expect(listPublications(reader, { pageSize: 500 })).rejects.toMatchObject({ issues: [{ field: 'pageSize' }] });
  });

  it('resolves code-only and outdated handles to the canonical address', async () => {
    const ctx = systemContext(env);
    const p = await createPublication(ctx, draftInput({
      title: 'Handles', code: 'IP24050', status: 'published', legacyUrls: ['https://www.rsis.edu.sg/rsis-publication/idss/ip24050-handles/'],
    }));
    const reader = env.context(null);
    expect(await getPublicationPage(reader, { seriesSlug: 'idss-papers', handle: 'ip24050' }))
      .toEqual({ kind: 'moved', seriesSlug: 'idss-papers', handle: 'ip24050-handles' });
    const found = await getPublicationPage(reader, { seriesSlug: 'idss-papers', handle: 'ip24050-handles' });
    expect(found.kind).toBe('found');
    expect(await findRedirect(reader, { path: '/rsis-publication/idss/ip24050-handles/' })).toBe('/publications/idss-papers/ip24050-handles');
    expect(await findRedirect(reader, { path: 'http://rsis.edu.sg/rsis-publication/idss/ip24050-handles' })).toBe('/publications/idss-papers/ip24050-handles');
    const renamed = await updatePublication(ctx, { id: p.id, revision: p.revision, title: 'Handles Renamed', slug: 'handles-renamed' });
    expect(await getPublicationPage(reader, { seriesSlug: 'idss-papers', handle: 'ip24050-handles' }))
      .toEqual({ kind: 'moved', seriesSlug: 'idss-papers', handle: 'ip24050-handles-renamed' });
    expect(await findRedirect(reader, { path: '/rsis-publication/idss/ip24050-handles' })).toBe(`/publications/idss-papers/ip24050-${renamed.slug}`);
  });

  it('prints a renamed person under the new name in every byline', async () => {
    const ctx = systemContext(env);
    const p = await publishPublication(ctx, { id: (await createDraft(ctx, { title: 'Byline' })).id });
    const sarah = await env.store.people.findBySlug('sarah-soh');
    await savePerson(ctx, { id: sarah?.id, name: 'Sarah Soh-Tanaka', slug: 'sarah-soh', rank: 'Research Fellow' });
    expect((await getPublication(ctx, { id: p.id })).authors[0]?.name).toBe('Sarah Soh-Tanaka');
    await savePerson(ctx, { id: sarah?.id, name: 'Sarah Soh', slug: 'sarah-soh', rank: 'Associate Research Fellow' });
  });
});
