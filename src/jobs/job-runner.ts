/**
 * The loop that keeps background jobs moving on one app node. It knows
 * nothing of the database or of job kinds: it calls `runOnce` (the
 * runDueJobs action, bound by the composition root), then waits, and goes
 * again at once while a batch came back full. Every node of a cluster runs
 * one; the claim in the database keeps them from running a job twice.
 */
export interface JobRunnerLog {
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface JobRunnerOptions {
  /** Claim and run one batch; resolves to how many jobs were claimed. */
  runOnce: () => Promise<{ claimed: number }>;
  /** The batch size runOnce uses: a full batch means more may be waiting. */
  batchSize: number;
  /** Pause between polls when the queue is empty (default 1 s: a scheduled item goes live within a second of its time). */
  idleMs?: number;
  /** Pause after a failed poll (database unreachable), default 10 s. */
  errorPauseMs?: number;
  log: JobRunnerLog;
}

export interface JobRunner {
  start(): void;
  /** Stop polling and wait for the batch in progress to finish. */
  stop(): Promise<void>;
  readonly isRunning: boolean;
}

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const idleMs = options.idleMs ?? 1000;
  const errorPauseMs = options.errorPauseMs ?? 10_000;
  let isRunning = false;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> | null = null;

  const schedule = (delayMs: number): void => {
    if (!isRunning) return;
    timer = setTimeout(() => {
      timer = null;
      current = tick().finally(() => { current = null; });
    }, delayMs);
    // The runner alone never keeps the process alive; the server does.
    timer.unref();
  };

  const tick = async (): Promise<void> => {
    let delay = idleMs;
    try {
      const { claimed } = await options.runOnce();
      if (claimed >= options.batchSize) delay = 0;
    } catch (error) {
      options.log.error('job runner poll failed', { error: error instanceof Error ? error.message : String(error) });
      delay = errorPauseMs;
    }
    schedule(delay);
  };

  return {
    start() {
      if (isRunning) return;
      isRunning = true;
      schedule(0);
    },
    async stop() {
      isRunning = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await current;
    },
    get isRunning() {
      return isRunning;
    },
  };
}
