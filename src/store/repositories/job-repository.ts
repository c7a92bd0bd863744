import type { ExpressionBuilder } from 'kysely';
import type { Job, JobStatus } from '../../domain/job.js';
import type { Database } from '../schema.js';
import type { JobTable } from '../schema-editorial.js';
import type { Db } from './db-handle.js';

export interface JobRepositoryOptions {
  /** From the dialect: claim with `FOR UPDATE SKIP LOCKED` (row locks) instead of relying on a database-wide write lock. */
  supportsSkipLocked: boolean;
}

export interface NewJob {
  id: string;
  kind: string;
  payload: unknown;
  key: string | null;
  runAt: string;
  maxAttempts: number;
  createdAt: string;
}

export interface ClaimRequest {
  workerId: string;
  now: string;
  limit: number;
  /** Running jobs locked before this time belong to a node that went away: claim them again. */
  staleBefore: string;
}

export interface JobQuery {
  statuses?: JobStatus[];
  kind?: string;
  key?: string;
  limit: number;
  offset: number;
}

function toJob(row: JobTable): Job {
  return {
    id: row.id,
    kind: row.kind,
    payload: JSON.parse(row.payload) as unknown,
    key: row.job_key,
    status: row.status as JobStatus,
    runAt: row.run_at,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    lastError: row.last_error,
    lockedBy: row.locked_by,
    lockedAt: row.locked_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}

/**
 * The jobs queue. `claimDue` is the one place several app nodes contend:
 * inside one transaction it picks due jobs and marks them running under the
 * worker's name. Where the database has row locks that can be skipped, the
 * pick locks its rows and passes over rows another node is claiming; where
 * it has one write lock for the whole file, the transaction takes it up
 * front (the dialect opens write transactions that way), so claims queue.
 */
export function createJobRepository(db: Db, options: JobRepositoryOptions) {
  return {
    async enqueue(job: NewJob): Promise<void> {
      await db.insertInto('jobs').values({
        id: job.id,
        kind: job.kind,
        payload: JSON.stringify(job.payload ?? null),
        job_key: job.key,
        status: 'queued',
        run_at: job.runAt,
        attempts: 0,
        max_attempts: job.maxAttempts,
        last_error: null,
        locked_by: null,
        locked_at: null,
        created_at: job.createdAt,
        updated_at: job.createdAt,
        finished_at: null,
      }).execute();
    },

    async claimDue(request: ClaimRequest): Promise<Job[]> {
      // Joins the caller's transaction when there is one (a claim must commit before the jobs run).
      const inTransaction = <T>(work: (trx: Db) => Promise<T>): Promise<T> =>
        db.isTransaction ? work(db) : db.transaction().execute(work);
      return inTransaction(async (trx) => {
        const isDue = (eb: ExpressionBuilder<Database, 'jobs'>) => eb.or([
          eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', request.now)]),
          eb.and([eb('status', '=', 'running'), eb('locked_at', '<', request.staleBefore)]),
        ]);
        const picked = await trx.selectFrom('jobs').select('id')
          .where(isDue)
          .orderBy('run_at').orderBy('id')
          .limit(request.limit)
          .$if(options.supportsSkipLocked, (qb) => qb.forUpdate().skipLocked())
          .execute();
        if (picked.length === 0) return [];
        const rows = await trx.updateTable('jobs')
          .set((eb) => ({
            status: 'running',
            locked_by: request.workerId,
            locked_at: request.now,
            attempts: eb('attempts', '+', 1),
            updated_at: request.now,
          }))
          .where('id', 'in', picked.map((p) => p.id))
          // Checked again on write: a row another claim took meanwhile is no longer due.
          .where(isDue)
          .returningAll()
          .execute();
        return rows.map(toJob).sort((a, b) => a.runAt.localeCompare(b.runAt) || a.id.localeCompare(b.id));
      });
    },

    /**
     * Record the end of a claimed job. Only the worker that holds the claim
     * may: a job reclaimed after its lease ran out is no longer this worker's.
     */
    async finish(id: string, workerId: string, outcome: { status: 'done' | 'failed' | 'cancelled'; error: string | null; now: string }): Promise<boolean> {
      const result = await db.updateTable('jobs')
        .set({ status: outcome.status, last_error: outcome.error, locked_by: null, locked_at: null, updated_at: outcome.now, finished_at: outcome.now })
        .where('id', '=', id).where('status', '=', 'running').where('locked_by', '=', workerId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Put a failed attempt back in the queue for a later try. */
    async retryLater(id: string, workerId: string, retry: { runAt: string; error: string; now: string }): Promise<boolean> {
      const result = await db.updateTable('jobs')
        .set({ status: 'queued', run_at: retry.runAt, last_error: retry.error, locked_by: null, locked_at: null, updated_at: retry.now })
        .where('id', '=', id).where('status', '=', 'running').where('locked_by', '=', workerId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Cancel the queued jobs of one kind and subject (a publication moved back to draft). */
    async cancelQueued(kind: string, key: string, now: string): Promise<number> {
      const result = await db.updateTable('jobs')
        .set({ status: 'cancelled', updated_at: now, finished_at: now })
        .where('kind', '=', kind).where('job_key', '=', key).where('status', '=', 'queued')
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async findById(id: string): Promise<Job | undefined> {
      const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toJob(row);
    },

    async list(query: JobQuery): Promise<{ items: Job[]; total: number }> {
      let q = db.selectFrom('jobs');
      if (query.statuses) q = q.where('status', 'in', query.statuses.length ? query.statuses : ['']);
      if (query.kind) q = q.where('kind', '=', query.kind);
      if (query.key) q = q.where('job_key', '=', query.key);
      const [rows, count] = await Promise.all([
        q.selectAll().orderBy('run_at', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute(),
        q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toJob), total: Number(count.n) };
    },
  };
}

export type JobRepository = ReturnType<typeof createJobRepository>;
