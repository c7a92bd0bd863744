/**
 * Background jobs kept in the database: any app node may claim a due job,
 * run it, and record the outcome. A job that fails is retried later with a
 * growing delay until its attempts run out; then it stays `failed` with its
 * error for an admin to read.
 */
export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface Job {
  id: string;
  kind: string;
  payload: unknown;
  /** Groups the jobs of one subject (`publication:ID`) so they can be cancelled together. */
  key: string | null;
  status: JobStatus;
  runAt: string;
  /** Claims so far, including the running one. */
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  lockedBy: string | null;
  lockedAt: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

/** A running job whose node went silent this long is claimed again. */
export const JOB_LEASE_MS = 10 * 60_000;

const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 60 * 60_000;

/** Delay before the next attempt after `attempts` failed ones: 30 s, 1 min, 2 min ... at most 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

/** The job kind that releases a scheduled publication. */
export const PUBLISH_SCHEDULED = 'publish-scheduled';

export interface PublishScheduledPayload {
  publicationId: string;
  /** The release time it was enqueued for; a rescheduled item has a newer job. */
  at: string;
}
