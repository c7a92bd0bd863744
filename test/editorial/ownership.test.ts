import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublication } from '../../src/actions/create-publication.js';
import { getPublication } from '../../src/actions/get-publication.js';
import { listEditorialPublications } from '../../src/actions/list-editorial-publications.js';
import { listRevisions } from '../../src/actions/list-revisions.js';
import { publishPublication } from '../../src/actions/publish-publication.js';
import { restoreRevision } from '../../src/actions/restore-revision.js';
import { transitionPublication } from '../../src/actions/transition-publication.js';
import { updatePublication } from '../../src/actions/update-publication.js';
import type { Actor } from '../../src/domain/permissions.js';
import type { PublicationStatus } from '../../src/domain/workflow.js';
import { draftInput, seedBasics } from '../support/seed.js';
import { DIALECTS, manualClock, openTestEnv, type TestEnv } from '../support/test-services.js';
import { admin, as, authorA, authorB, editor } from './support/actors.js';

type Operation = 'edit' | 'submit' | 'withdraw' | 'schedule' | 'publish' | 'archive' | 'unpublish';
type Owner = 'self' | 'other';

/** [actor, whose item, its status, what they try, outcome]. */
const MATRIX: [Actor, Owner, PublicationStatus, Operation, 'ok' | 'forbidden'][] = [
  [authorA, 'self', 'draft', 'edit', 'ok'],
  [authorA, 'self', 'draft', 'submit', 'ok'],
  [authorA, 'self', 'draft', 'schedule', 'forbidden'],
  [authorA, 'self', 'draft', 'publish', 'forbidden'],
  [authorA, 'self', 'in_review', 'edit', 'forbidden'],
  [authorA, 'self', 'in_review', 'withdraw', 'ok'],
  [authorA, 'self', 'in_review', 'publish', 'forbidden'],
  [authorA, 'self', 'in_review', 'schedule', 'forbidden'],
  [authorA, 'self', 'scheduled', 'edit', 'forbidden'],
  [authorA, 'self', 'scheduled', 'withdraw', 'forbidden'],
  [authorA, 'self', 'published', 'edit', 'forbidden'],
  [authorA, 'self', 'published', 'archive', 'forbidden'],
  [authorA, 'self', 'published', 'unpublish', 'forbidden'],
  [authorA, 'other', 'draft', 'edit', 'forbidden'],
  [authorA, 'other', 'draft', 'submit', 'forbidden'],
  [authorA, 'other', 'in_review', 'withdraw', 'forbidden'],
  [authorA, 'other', 'published', 'edit', 'forbidden'],
  [editor, 'other', 'draft', 'edit', 'ok'],
  [editor, 'other', 'draft', 'submit', 'ok'],
  [editor, 'other', 'in_review', 'schedule', 'ok'],
  [editor, 'other', 'in_review', 'publish', 'ok'],
  [editor, 'other', 'in_review', 'withdraw', 'ok'],
  [editor, 'other', 'published', 'edit', 'ok'],
  [editor, 'other', 'published', 'archive', 'ok'],
  [editor, 'other', 'published', 'unpublish', 'ok'],
  [admin, 'other', 'draft', 'publish', 'ok'],
  [admin, 'other', 'scheduled', 'withdraw', 'ok'],
  [admin, 'other', 'published', 'archive', 'ok'],
];

describe.each(DIALECTS)('ownership and roles inside the actions on %s', (dialect) => {
  let env: TestEnv;
  const clock = manualClock('2025-01-15T09:00:00.000Z');
  beforeAll(async () => {
    env = await openTestEnv(dialect, { clock });
    await seedBasics(env);
  });
  afterAll(async () => env.close());

  /** A fresh item created by `owner`, moved to `status` by an admin. */
  async function itemOf(owner: Actor, status: PublicationStatus, title: string) {
    const created = await createPublication(as(env, owner), draftInput({ title }));
    if (status === 'draft') return created;
    const steps: Record<PublicationStatus, PublicationStatus[]> = {
      draft: [], in_review: ['in_review'], scheduled: ['scheduled'], published: ['published'], archived: ['published', 'archived'],
    };
    let item = created;
    for (const to of steps[status]) {
      item = await transitionPublication(as(env, admin), { id: item.id, to, ...(to === 'scheduled' ? { at: '2025-02-01T01:00:00Z' } : {}) });
    }
    return item;
  }

  function attempt(actor: Actor, operation: Operation, item: { id: string; revision: number }) {
    const ctx = as(env, actor);
    switch (operation) {
      case 'edit': return updatePublication(ctx, { id: item.id, revision: item.revision, synopsis: `Edited by ${actor.name}` });
      case 'submit': return transitionPublication(ctx, { id: item.id, to: 'in_review' });
      case 'withdraw': return transitionPublication(ctx, { id: item.id, to: 'draft' });
      case 'schedule': return transitionPublication(ctx, { id: item.id, to: 'scheduled', at: '2025-03-01T01:00:00Z' });
      case 'publish': return transitionPublication(ctx, { id: item.id, to: 'published' });
      case 'archive': return transitionPublication(ctx, { id: item.id, to: 'archived' });
      case 'unpublish': return transitionPublication(ctx, { id: item.id, to: 'draft' });
    }
  }

  it.each(MATRIX.map(([actor, owner, status, operation, expected], i) => [i, actor.role, owner, status, operation, expected, actor] as const))(
    'case %i: %s, %s %s item, %s -> %s', async (i, _role, owner, status, operation, expected, actor) => {
    const ownerActor = owner === 'self' ? actor : authorB;
    const item = await itemOf(ownerActor, status, `Matrix ${i} ${operation}`);
    const result = attempt(actor, operation, item);
    if (expected === 'ok') {
      const after = await result;
      expect(after.id).toBe(item.id);
    } else {
      await expect(result).rejects.toMatchObject({ code: 'forbidden' });
      const unchanged = await getPublication(as(env, admin), { id: item.id });
      expect(unchanged.status).toBe(status);
      expect(unchanged.revision).toBe(item.revision);
    }
  });

  it('refuses anonymous callers before anything else', async () => {
    const item = await itemOf(authorA, 'draft', 'Anonymous target');
    const anonymous = as(env, null);
    await expect(updatePublication(anonymous, { id: item.id, revision: 1, title: 'x' })).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(transitionPublication(anonymous, { id: item.id, to: 'in_review' })).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(publishPublication(anonymous, { id: item.id })).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(listRevisions(anonymous, { id: item.id })).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('records the creating user; authors see their own unpublished work and nobody else’s', async () => {
    const mine = await itemOf(authorA, 'draft', 'Alice’s own draft');
    const theirs = await itemOf(authorB, 'draft', 'Bob’s draft');
    expect(mine.createdBy).toBe(authorA.id);
    expect((await getPublication(as(env, authorA), { id: mine.id })).title).toBe('Alice’s own draft');
    await expect(getPublication(as(env, authorA), { id: theirs.id })).rejects.toMatchObject({ code: 'not_found' });
    expect((await getPublication(as(env, editor), { id: theirs.id })).id).toBe(theirs.id);
    const list = await listEditorialPublications(as(env, authorA), { pageSize: 100 });
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((p) => p.createdBy === authorA.id)).toBe(true);
    const all = await listEditorialPublications(as(env, editor), { pageSize: 100 });
    expect(all.items.map((p) => p.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    await expect(listRevisions(as(env, authorA), { id: theirs.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(restoreRevision(as(env, authorA), { id: theirs.id, from: 1 })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('lets a co-author named on an editor’s draft edit it through their person record', async () => {
    const sarahAccount: Actor = { kind: 'user', id: 'u-sarah', name: 'Sarah Soh', role: 'author', personId: (await env.store.people.findBySlug('sarah-soh'))!.id };
    const item = await createPublication(as(env, editor), draftInput({ title: 'Co-authored', authors: [{ person: 'sarah-soh' }, { name: 'Guest' }] }));
    const edited = await updatePublication(as(env, sarahAccount), { id: item.id, revision: item.revision, synopsis: 'Sarah’s synopsis' });
    expect(edited.synopsis).toBe('Sarah’s synopsis');
    expect((await listEditorialPublications(as(env, sarahAccount), { search: 'co-authored' })).items.map((p) => p.id)).toEqual([item.id]);
    // Dropping herself from the byline makes it someone else's work again.
    await updatePublication(as(env, editor), { id: item.id, revision: edited.revision, authors: [{ name: 'Guest' }] });
    await expect(updatePublication(as(env, sarahAccount), { id: item.id, revision: edited.revision + 1, synopsis: 'again' }))
      .rejects.toMatchObject({ code: 'forbidden' });
  });

  it('lets only editors create items already published', async () => {
    await expect(createPublication(as(env, authorA), draftInput({ title: 'Straight out', status: 'published' }))).rejects.toMatchObject({ code: 'forbidden' });
    const direct = await createPublication(as(env, editor), draftInput({ title: 'Straight out', status: 'published' }));
    expect(direct.status).toBe('published');
    expect(direct.code).toMatch(/^IP24\d{3}$/);
  });
});
