import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublication } from '../../src/actions/create-publication.js';
import { listPublicationEvents } from '../../src/actions/list-publication-events.js';
import { listRecentActivity } from '../../src/actions/list-recent-activity.js';
import { publishPublication } from '../../src/actions/publish-publication.js';
import { transitionPublication } from '../../src/actions/transition-publication.js';
import { updatePublication } from '../../src/actions/update-publication.js';
import { allowedTransitions, STATUSES, type PublicationStatus } from '../../src/domain/workflow.js';
import { draftInput, seedBasics } from '../support/seed.js';
import { DIALECTS, manualClock, openTestEnv, type TestEnv } from '../support/test-services.js';
import { admin, as, authorA, editor } from './support/actors.js';

const FUTURE = '2025-06-01T01:00:00.000Z';

describe.each(DIALECTS)('editorial workflow on %s', (dialect) => {
  let env: TestEnv;
  const clock = manualClock('2025-01-15T09:00:00.000Z');
  beforeAll(async () => {
    env = await openTestEnv(dialect, { clock });
    await seedBasics(env);
  });
  afterAll(async () => env.close());

  /** A new item brought to `status` by an editor along allowed steps. */
  async function at(status: PublicationStatus, title: string) {
    const ctx = as(env, editor);
    let item = await createPublication(ctx, draftInput({ title, date: '2025-01-10' }));
    const path: Record<PublicationStatus, PublicationStatus[]> = {
      draft: [], in_review: ['in_review'], scheduled: ['scheduled'], published: ['published'], archived: ['published', 'archived'],
    };
    for (const to of path[status]) item = await transitionPublication(ctx, { id: item.id, to, ...(to === 'scheduled' ? { at: FUTURE } : {}) });
    return item;
  }

  const pairs = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const));

  it.each(pairs)('%s -> %s follows the workflow table', async (from, to) => {
    const item = await at(from, `Pair ${from} ${to}`);
    const attempt = transitionPublication(as(env, editor), { id: item.id, to, ...(to === 'scheduled' ? { at: FUTURE } : {}) });
    if (allowedTransitions(from).includes(to)) {
      const moved = await attempt;
      expect(moved.status).toBe(to);
    } else {
      await expect(attempt).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'to' }] });
      expect((await env.store.publications.findById(item.id))?.status).toBe(from);
    }
  });

  it('names the steps an item can take when one is refused', async () => {
    const item = await at('published', 'Refusal message');
    await expect(transitionPublication(as(env, editor), { id: item.id, to: 'in_review' }))
      .rejects.toThrow('a published publication cannot be moved to in review; it can go to: archived, draft');
    await expect(publishPublication(as(env, editor), { id: item.id })).rejects.toThrow(/cannot be published/);
    await expect(transitionPublication(as(env, editor), { id: item.id, to: 'gone' as never }))
      .rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'to' }] });
  });

  it('needs a future time to schedule, and takes a time only for scheduled and published', async () => {
    const item = await at('in_review', 'Timing rules');
    const ctx = as(env, editor);
    await expect(transitionPublication(ctx, { id: item.id, to: 'scheduled' })).rejects.toMatchObject({ issues: [{ field: 'at' }] });
    await expect(transitionPublication(ctx, { id: item.id, to: 'scheduled', at: '2025-01-15T08:59:59Z' }))
      .rejects.toThrow(/is not in the future/);
    await expect(transitionPublication(ctx, { id: item.id, to: 'scheduled', at: 'tomorrow' })).rejects.toMatchObject({ issues: [{ field: 'at' }] });
    await expect(transitionPublication(ctx, { id: item.id, to: 'draft', at: FUTURE })).rejects.toMatchObject({ issues: [{ field: 'at' }] });
    const scheduled = await transitionPublication(ctx, { id: item.id, to: 'scheduled', at: '2025-06-01T09:00:00+08:00' });
    expect(scheduled).toMatchObject({ status: 'scheduled', scheduledAt: FUTURE, code: null });
  });

  it('refuses a transition on a revision the caller has not seen', async () => {
    const item = await at('in_review', 'Reviewed version');
    const edited = await updatePublication(as(env, editor), { id: item.id, revision: item.revision, synopsis: 'Changed after review' });
    await expect(transitionPublication(as(env, editor), { id: item.id, to: 'published', revision: item.revision }))
      .rejects.toMatchObject({ code: 'conflict' });
    const published = await transitionPublication(as(env, editor), { id: item.id, to: 'published', revision: edited.revision });
    expect(published.status).toBe('published');
    // A status change is not a content save: the revision stays.
    expect(published.revision).toBe(edited.revision);
  });

  it('draws the code on first publication and keeps it through unpublish, archive and republish', async () => {
    const ctx = as(env, editor);
    const item = await at('draft', 'Code keeper');
    const published = await transitionPublication(ctx, { id: item.id, to: 'published' });
    expect(published.code).toMatch(/^IP25\d{3}$/);
    expect(published.publishedAt).toBe('2025-01-15T09:00:00.000Z');
    clock.advance(60_000);
    const unpublished = await transitionPublication(ctx, { id: item.id, to: 'draft', note: 'fixing a figure' });
    expect(unpublished).toMatchObject({ status: 'draft', code: published.code });
    const again = await transitionPublication(ctx, { id: item.id, to: 'published' });
    expect(again).toMatchObject({ status: 'published', code: published.code, publishedAt: published.publishedAt });
    const archived = await transitionPublication(ctx, { id: item.id, to: 'archived' });
    expect(archived).toMatchObject({ status: 'archived', code: published.code });
    expect((await transitionPublication(ctx, { id: item.id, to: 'published' })).code).toBe(published.code);
  });

  it('records who moved an item where and when, visible through an action', async () => {
    const author = as(env, authorA);
    clock.set('2025-01-16T01:00:00.000Z');
    const item = await createPublication(author, draftInput({ title: 'Recorded steps', date: '2025-01-12' }));
    clock.set('2025-01-16T02:00:00.000Z');
    await transitionPublication(author, { id: item.id, to: 'in_review', note: 'ready for the editors' });
    clock.set('2025-01-16T05:00:00.000Z');
    await transitionPublication(as(env, editor), { id: item.id, to: 'scheduled', at: '2025-01-20T00:00:00Z' });
    clock.set('2025-01-16T06:00:00.000Z');
    const published = await transitionPublication(as(env, admin), { id: item.id, to: 'published' });
    const events = await listPublicationEvents(as(env, authorA), { id: item.id });
    expect(events.map((e) => ({ from: e.fromStatus, to: e.toStatus, by: e.actorName, at: e.at, scheduledFor: e.scheduledFor, code: e.code, note: e.note })))
      .toEqual([
        { from: null, to: 'draft', by: 'Alice Author', at: '2025-01-16T01:00:00.000Z', scheduledFor: null, code: null, note: '' },
        { from: 'draft', to: 'in_review', by: 'Alice Author', at: '2025-01-16T02:00:00.000Z', scheduledFor: null, code: null, note: 'ready for the editors' },
        { from: 'in_review', to: 'scheduled', by: 'Eddie Editor', at: '2025-01-16T05:00:00.000Z', scheduledFor: '2025-01-20T00:00:00.000Z', code: null, note: '' },
        { from: 'scheduled', to: 'published', by: 'Ada Admin', at: '2025-01-16T06:00:00.000Z', scheduledFor: null, code: published.code, note: '' },
      ]);
    const activity = await listRecentActivity(as(env, editor), { limit: 3 });
    expect(activity[0]).toMatchObject({ publicationId: item.id, toStatus: 'published', title: `${published.code} | Recorded steps` });
    await expect(listRecentActivity(as(env, authorA))).rejects.toMatchObject({ code: 'forbidden' });
  });
});
