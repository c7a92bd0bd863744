import { DEFAULT_MAX_ATTEMPTS } from '../domain/job.js';
import { newOrderedId } from '../domain/ids.js';
import type { Store } from '../store/store.js';
import { isoNow, type ActionContext } from './action-context.js';

export interface EnqueueJobInput {
  kind: string;
  payload: unknown;
  /** When it becomes due (default: now). */
  runAt?: Date;
  /** Subject of the job (`publication:ID`), to cancel its queued jobs together. */
  key?: string;
  maxAttempts?: number;
}

/**
 * Queue a job. Call it with the transaction's store inside the write that
 * needs the job, so the job exists exactly when the write committed (e.g.
 * publishing a publication queues its `render-pdf`).
 */
export async function enqueueJob(store: Store, ctx: Pick<ActionContext, 'clock'>, input: EnqueueJobInput): Promise<string> {
  // Ordered ids: jobs due at the same time run in the order they were queued.
  const id = newOrderedId();
  await store.jobs.enqueue({
    id,
    kind: input.kind,
    payload: input.payload,
    key: input.key ?? null,
    runAt: (input.runAt ?? ctx.clock.now()).toISOString(),
    maxAttempts: input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    createdAt: isoNow(ctx),
  });
  return id;
}
