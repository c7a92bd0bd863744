/**
 * Progress of a long run (an import, a restore), one step at a time; the
 * CLI draws a bar when it prints to a terminal.
 */
export interface Progress {
  start(total: number): void;
  tick(label: string): void;
  stop(): void;
}

export const NO_PROGRESS: Progress = { start: () => undefined, tick: () => undefined, stop: () => undefined };
