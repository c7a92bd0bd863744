import type { Job } from '../domain/job.js';
import { PUBLISH_SCHEDULED } from '../domain/job.js';
import type { ActionContext } from './action-context.js';
import { publishScheduled } from './publish-scheduled.js';

/**
 * How a job ended when it did not throw. `cancelled`: there was nothing
 * (left) to do, e.g. the scheduled item was moved back to draft; `reason`
 * is kept with the job.
 */
export type JobResult = { outcome: 'done' } | { outcome: 'cancelled'; reason: string };

/**
 * Runs one job of a kind, as the system actor. Throwing fails the attempt:
 * the job is retried later with backoff until its attempts run out.
 * Handlers must tolerate running twice after a crash between the work and
 * the bookkeeping (check the state they are about to change).
 */
export type JobHandler = (ctx: ActionContext, job: Job) => Promise<JobResult | void>;

export interface JobHandlers {
  /** Add a job kind (`render-pdf`, ...). A kind can be registered once. */
  register(kind: string, handler: JobHandler): void;
  find(kind: string): JobHandler | undefined;
  kinds(): string[];
}

/** The registry of job kinds, with the built-in ones (`publish-scheduled`) already in. */
export function createJobHandlers(): JobHandlers {
  const handlers = new Map<string, JobHandler>();
  const registry: JobHandlers = {
    register(kind, handler) {
      if (!/^[a-z][a-z0-9-]*$/.test(kind)) throw new Error(`Job kind "${kind}" must be lower-case words joined by hyphens`);
      if (handlers.has(kind)) throw new Error(`Job kind "${kind}" is already registered`);
      handlers.set(kind, handler);
    },
    find: (kind) => handlers.get(kind),
    kinds: () => [...handlers.keys()].sort(),
  };
  registry.register(PUBLISH_SCHEDULED, publishScheduled);
  return registry;
}
