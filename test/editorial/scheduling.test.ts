import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withUser } from '../../src/actions/action-context.js';
import { createPublication } from '../../src/actions/create-publication.js';
import { enqueueJob } from '../../src/actions/enqueue-job.js';
import { createJobHandlers, type JobHandlers } from '../../src/actions/job-handlers.js';
import { listJobs } from '../../src/actions/list-jobs.js';
import { listPublicationEvents } from '../../src/actions/list-publication-events.js';
import { publishPublication } from '../../src/actions/publish-publication.js';
import { runDueJobs } from '../../src/actions/run-due-jobs.js';
import { transitionPublication } from '../../src/actions/transition-publication.js';
import { SYSTEM_ACTOR } from '../../src/domain/permissions.js';
import { draftInput, seedBasics } from '../support/seed.js';
import { DIALECTS, manualClock, openTestEnv, type TestEnv } from '../support/test-services.js';
import { as, authorA, editor } from './support/actors.js';

describe.each(DIALECTS)('scheduled publishing through the jobs runner on %s', (dialect) => {
  let env: TestEnv;
  let handlers: JobHandlers;
  const clock = manualClock('2025-03-03T00:00:00.000Z');
  const run = () => runDueJobs(withUser(env.context(null), SYSTEM_ACTOR), { handlers, workerId: 'test-node' });
  const jobsOf = async (id: string) => (await listJobs(as(env, SYSTEM_ACTOR), { key: `publication:${id}` })).items;

  beforeAll(async () => {
    env = await openTestEnv(dialect, { clock });
    await seedBasics(env);
    handlers = createJobHandlers();
  });
  afterAll(async () => env.close());

  it('publishes a scheduled item at its time with the next code of its series', async () => {
    const ctx = as(env, editor);
    const earlier = await publishPublication(ctx, { id: (await createPublication(ctx, draftInput({ title: 'Earlier paper', date: '2025-03-01' }))).id });
    expect(earlier.code).toBe('IP25001');
    const draft = await createPublication(as(env, authorA), draftInput({ title: 'Scheduled paper', date: '2025-03-03' }));
    await transitionPublication(as(env, authorA), { id: draft.id, to: 'in_review' });
    const scheduled = await transitionPublication(ctx, { id: draft.id, to: 'scheduled', at: '2025-03-03T09:30:00+08:00' });
    expect(scheduled).toMatchObject({ status: 'scheduled', code: null, scheduledAt: '2025-03-03T01:30:00.000Z' });

    clock.set('2025-03-03T01:29:59.000Z');
    expect((await run()).claimed).toBe(0);
    expect((await env.store.publications.findById(draft.id))?.status).toBe('scheduled');

    clock.set('2025-03-03T01:30:02.000Z');
    const result = await run();
    expect(result).toMatchObject({ claimed: 1, jobs: [{ kind: 'publish-scheduled', outcome: 'done', attempt: 1 }] });
    const live = await env.store.publications.findById(draft.id);
    expect(live).toMatchObject({ status: 'published', code: 'IP25002', publishedAt: '2025-03-03T01:30:00.000Z', scheduledAt: null });
    const events = await listPublicationEvents(as(env, editor), { id: draft.id });
    expect(events.at(-1)).toMatchObject({ fromStatus: 'scheduled', toStatus: 'published', actorName: 'System', code: 'IP25002', note: 'released on schedule' });
    expect((await jobsOf(draft.id)).map((j) => j.status)).toEqual(['done']);
    expect((await run()).claimed).toBe(0);
  });

  it('cancels the release when the item goes back to draft before its time', async () => {
    clock.set('2025-03-04T08:00:00.000Z');
    const ctx = as(env, editor);
    const item = await createPublication(ctx, draftInput({ title: 'Pulled back', date: '2025-03-04' }));
    await transitionPublication(ctx, { id: item.id, to: 'scheduled', at: '2025-03-04T10:00:00Z' });
    await transitionPublication(ctx, { id: item.id, to: 'draft', note: 'embargo extended' });
    expect((await jobsOf(item.id)).map((j) => j.status)).toEqual(['cancelled']);
    clock.set('2025-03-04T11:00:00.000Z');
    expect((await run()).claimed).toBe(0);
    expect(await env.store.publications.findById(item.id)).toMatchObject({ status: 'draft', code: null });
  });

  it('follows a reschedule: nothing at the old time, published at the new one', async () => {
    clock.set('2025-03-05T08:00:00.000Z');
    const ctx = as(env, editor);
    const item = await createPublication(ctx, draftInput({ title: 'Moved release', date: '2025-03-05' }));
    await transitionPublication(ctx, { id: item.id, to: 'scheduled', at: '2025-03-05T10:00:00Z' });
    await transitionPublication(ctx, { id: item.id, to: 'scheduled', at: '2025-03-06T10:00:00Z' });
    const jobs = await jobsOf(item.id);
    expect(jobs.map((j) => [j.status, j.runAt])).toEqual([
      ['queued', '2025-03-06T10:00:00.000Z'],
      ['cancelled', '2025-03-05T10:00:00.000Z'],
    ]);
    clock.set('2025-03-05T10:30:00.000Z');
    expect((await run()).claimed).toBe(0);
    clock.set('2025-03-06T10:00:00.000Z');
    expect((await run()).jobs).toMatchObject([{ outcome: 'done' }]);
    expect((await env.store.publications.findById(item.id))?.status).toBe('published');
  });

  it('leaves alone an item that is no longer scheduled for the job’s time', async () => {
    clock.set('2025-03-07T08:00:00.000Z');
    const ctx = as(env, editor);
    const item = await createPublication(ctx, draftInput({ title: 'Stray job', date: '2025-03-07' }));
    // A job left over from an earlier schedule (e.g. enqueued by an older node) finds a draft.
    await env.store.transaction((tx) => enqueueJob(tx, { clock }, {
      kind: 'publish-scheduled', payload: { publicationId: item.id, at: '2025-03-07T08:00:00.000Z' }, key: `publication:${item.id}`,
    }));
    const result = await run();
    expect(result.jobs).toMatchObject([{ outcome: 'cancelled' }]);
    expect((await jobsOf(item.id))[0]).toMatchObject({ status: 'cancelled', lastError: 'the publication is draft, not scheduled' });
    expect((await env.store.publications.findById(item.id))?.status).toBe('draft');
  });

  it('retries a failing job with growing delays, then keeps it failed with its error', async () => {
    clock.set('2025-03-10T00:00:00.000Z');
    let calls = 0;
    handlers.register('flaky-test', async () => {
      calls++;
      if (calls < 3) throw new Error(`flaky failure ${calls}`);
    });
    handlers.register('broken-test', async () => {
      throw new Error('always broken');
    });
    const ids = await env.store.transaction(async (tx) => [
      await enqueueJob(tx, { clock }, { kind: 'flaky-test', payload: { n: 1 } }),
      await enqueueJob(tx, { clock }, { kind: 'broken-test', payload: null, maxAttempts: 2 }),
    ]);
    const first = await run();
    expect(first.jobs.map((j) => [j.kind, j.outcome, j.retryAt])).toEqual([
      ['flaky-test', 'retry', '2025-03-10T00:00:30.000Z'],
      ['broken-test', 'retry', '2025-03-10T00:00:30.000Z'],
    ]);
    clock.set('2025-03-10T00:00:29.000Z');
    expect((await run()).claimed).toBe(0);
    clock.set('2025-03-10T00:00:30.000Z');
    const second = await run();
    expect(second.jobs.map((j) => [j.kind, j.outcome, j.retryAt ?? null, j.error])).toEqual([
      ['flaky-test', 'retry', '2025-03-10T00:01:30.000Z', 'flaky failure 2'],
      ['broken-test', 'failed', null, 'always broken'],
    ]);
    clock.set('2025-03-10T00:01:30.000Z');
    expect((await run()).jobs).toMatchObject([{ kind: 'flaky-test', outcome: 'done', attempt: 3 }]);
    const [flaky, broken] = await Promise.all(ids.map((id) => env.store.jobs.findById(id)));
    expect(flaky).toMatchObject({ status: 'done', attempts: 3, lastError: null });
    expect(broken).toMatchObject({ status: 'failed', attempts: 2, lastError: 'always broken' });
    expect((await listJobs(as(env, SYSTEM_ACTOR), { statuses: ['failed'] })).items.map((j) => j.id)).toEqual([ids[1]]);
  });

  it('registers job kinds once, and a kind this node does not know fails like any error', async () => {
    expect(handlers.kinds()).toEqual(expect.arrayContaining(['publish-scheduled', 'flaky-test']));
    expect(() => handlers.register('publish-scheduled', async () => undefined)).toThrow(/already registered/);
    expect(() => handlers.register('Render PDF', async () => undefined)).toThrow(/lower-case/);
    clock.set('2025-03-11T00:00:00.000Z');
    await env.store.transaction((tx) => enqueueJob(tx, { clock }, { kind: 'render-pdf', payload: { id: 'x' } }));
    const result = await run();
    expect(result.jobs).toMatchObject([{ kind: 'render-pdf', outcome: 'retry' }]);
    expect(result.jobs[0]?.error).toMatch(/no handler for job kind "render-pdf"/);
  });

  it('lets only admins and the system run or list jobs', async () => {
    await expect(runDueJobs(as(env, editor), { handlers, workerId: 'x' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listJobs(as(env, editor))).rejects.toMatchObject({ code: 'forbidden' });
  });
});
