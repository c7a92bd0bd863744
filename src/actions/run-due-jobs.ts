import { JOB_LEASE_MS, retryDelayMs, type Job } from '../domain/job.js';
import { requirePermission, SYSTEM_ACTOR } from '../domain/permissions.js';
import { isoNow, withUser, type ActionContext } from './action-context.js';
import type { JobHandlers } from './job-handlers.js';

export interface RunDueJobsInput {
  handlers: JobHandlers;
  /** Names this node and run in `locked_by` (host, process, random). */
  workerId: string;
  /** Jobs claimed in one go (default 10). */
  limit?: number;
}

export interface JobRunReport {
  id: string;
  kind: string;
  attempt: number;
  /** `retry`: failed, queued again for later; `failed`: failed for the last time. */
  outcome: 'done' | 'cancelled' | 'retry' | 'failed';
  error?: string;
  /** For `retry`: when the next attempt is due. */
  retryAt?: string;
}

export interface RunDueJobsResult {
  claimed: number;
  jobs: JobRunReport[];
}

/**
 * Claim the jobs due at the context's clock time and run them one after the
 * other, as the system actor. The claim commits before any job runs, so a
 * long job never holds a lock, and another node never claims the same job
 * (see JobRepository.claimDue). A job that throws is queued again after a
 * growing delay (domain/job.ts) until its attempts run out; then it stays
 * `failed` with its error. The jobs runner calls this in a loop; tests call
 * it directly after moving their clock.
 */
export async function runDueJobs(ctx: ActionContext, input: RunDueJobsInput): Promise<RunDueJobsResult> {
  requirePermission(ctx.user, 'settings.edit');
  const now = ctx.clock.now();
  const jobs = await ctx.store.jobs.claimDue({
    workerId: input.workerId,
    now: now.toISOString(),
    limit: input.limit ?? 10,
    staleBefore: new Date(now.getTime() - JOB_LEASE_MS).toISOString(),
  });
  const system = withUser(ctx, SYSTEM_ACTOR);
  const reports: JobRunReport[] = [];
  for (const job of jobs) reports.push(await runOne(system, input, job));
  return { claimed: jobs.length, jobs: reports };
}

async function runOne(ctx: ActionContext, input: RunDueJobsInput, job: Job): Promise<JobRunReport> {
  const base = { id: job.id, kind: job.kind, attempt: job.attempts };
  try {
    const handler = input.handlers.find(job.kind);
    if (!handler) throw new Error(`no handler for job kind "${job.kind}" on this node (known: ${input.handlers.kinds().join(', ')})`);
    const result = (await handler(ctx, job)) ?? { outcome: 'done' };
    const reason = result.outcome === 'cancelled' ? result.reason : null;
    await ctx.store.jobs.finish(job.id, input.workerId, { status: result.outcome, error: reason, now: isoNow(ctx) });
    if (reason) ctx.log.info('job cancelled', { ...base, reason });
    return { ...base, outcome: result.outcome };
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    const now = ctx.clock.now();
    if (job.attempts >= job.maxAttempts) {
      await ctx.store.jobs.finish(job.id, input.workerId, { status: 'failed', error: message, now: now.toISOString() });
      ctx.log.error('job failed for good', { ...base, error: message });
      return { ...base, outcome: 'failed', error: message };
    }
    const retryAt = new Date(now.getTime() + retryDelayMs(job.attempts)).toISOString();
    await ctx.store.jobs.retryLater(job.id, input.workerId, { runAt: retryAt, error: message, now: now.toISOString() });
    ctx.log.warn('job failed, will retry', { ...base, error: message, retryAt });
    return { ...base, outcome: 'retry', error: message, retryAt };
  }
}
