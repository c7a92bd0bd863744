import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../src/actions/enqueue-job.js';
import { runDueJobs } from '../../src/actions/run-due-jobs.js';
import type { Services } from '../../src/services.js';
import { systemContext } from '../support/seed.js';
import { DIALECTS, openSecondNode, openTestEnv, type TestEnv } from '../support/test-services.js';

const JOBS = 60;

describe.each(DIALECTS)('claiming jobs concurrently on %s', (dialect) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await openTestEnv(dialect);
  });
  afterAll(async () => env.close());

  async function enqueueMany(kind: string, count: number): Promise<string[]> {
    return env.store.transaction(async (tx) => {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) ids.push(await enqueueJob(tx, env, { kind, payload: { i } }));
      return ids;
    });
  }

  it('never runs one job twice when several nodes claim at once', async () => {
    const ids = await enqueueMany('count-test', JOBS);
    let runs: string[];
    if (dialect === 'sqlite') {
      // SQLite has one writer per file; the contest is between processes,
      // each with its own connection, as two app nodes on one host would be.
      const workers = [startWorker(env), startWorker(env)];
      await Promise.all(workers.map((w) => w.ready));
      for (const w of workers) w.child.send('go');
      runs = (await Promise.all(workers.map((w) => w.done))).flat();
    } else {
      // Two app nodes: two connection pools, each with three loops claiming at once.
      const other = await openSecondNode(env, { listenForChanges: false });
      try {
        const ran: string[] = [];
        for (const node of [env, other]) {
          node.jobs.register('count-test', async (_ctx, job) => {
            ran.push(job.id);
            await new Promise((resolve) => setTimeout(resolve, 1));
          });
        }
        const loop = async (node: Services, name: string) => {
          for (;;) {
            const { claimed } = await runDueJobs(systemContext(node), { handlers: node.jobs, workerId: name, limit: 2 });
            if (claimed === 0) return;
          }
        };
        await Promise.all([0, 1, 2].flatMap((i) => [loop(env, `a${i}`), loop(other, `b${i}`)]));
        runs = ran;
      } finally {
        await other.close();
      }
    }
    expect(runs).toHaveLength(JOBS);
    expect(new Set(runs)).toEqual(new Set(ids));
    const stored = await Promise.all(ids.map((id) => env.store.jobs.findById(id)));
    expect(stored.every((j) => j?.status === 'done' && j.attempts === 1)).toBe(true);
  });

  it.runIf(dialect === 'postgres')('passes over jobs another node holds instead of waiting for them', async () => {
    const ids = await enqueueMany('held-test', 4);
    const other = await openSecondNode(env, { listenForChanges: false });
    try {
      await env.store.transaction(async (tx) => {
        // This node's claim is still open (rows locked, not committed) ...
        const mine = await tx.jobs.claimDue({ workerId: 'holder', now: new Date().toISOString(), limit: 1, staleBefore: '1970-01-01T00:00:00.000Z' });
        expect(mine).toHaveLength(1);
        // ... and the other node claims the rest at once rather than queueing behind the lock.
        const theirs = await other.store.jobs.claimDue({ workerId: 'other', now: new Date().toISOString(), limit: 10, staleBefore: '1970-01-01T00:00:00.000Z' });
        expect(theirs.map((j) => j.id).sort()).toEqual(ids.filter((id) => id !== mine[0]?.id).sort());
      });
    } finally {
      await other.close();
    }
  });
});

function startWorker(env: TestEnv): { child: ChildProcess; ready: Promise<void>; done: Promise<string[]> } {
  const child = fork(join(import.meta.dirname, 'support/claim-worker.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, IMPRINT_DATA_DIR: env.databaseLocation.dataDir, IMPRINT_LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => { onReady = resolve; });
  const done = new Promise<string[]>((resolve, reject) => {
    child.on('message', (message) => {
      if (message === 'ready') onReady();
      else resolve(message as string[]);
    });
    child.on('error', reject);
    child.on('exit', (code) => { if (code !== 0) reject(new Error(`claim worker exited with ${code}`)); });
  });
  return { child, ready, done };
}
