import { ConfigError } from '../config.js';
import { isDomainError } from '../domain/errors.js';

/** Exit codes: 2 for input a person must correct, 1 for everything else. */
export const EXIT_BAD_INPUT = 2;
export const EXIT_FAILURE = 1;

export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

/** A command that did its work but not all of it: its report is printed, the exit code says so. */
export class CliFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliFailure';
  }
}

export function describeFailure(error: unknown): { message: string; exitCode: number } {
  if (error instanceof ConfigError) return { message: error.message, exitCode: EXIT_BAD_INPUT };
  if (error instanceof CliUsageError) return { message: error.message, exitCode: EXIT_BAD_INPUT };
  if (error instanceof CliFailure) return { message: error.message, exitCode: EXIT_FAILURE };
  if (isDomainError(error)) {
    const lines = error.issues.length ? error.issues.map((i) => `  ${i.field}: ${i.message}`).join('\n') : '';
    return {
      message: lines ? `${error.message}\n${lines}` : error.message,
      exitCode: error.code === 'invalid' ? EXIT_BAD_INPUT : EXIT_FAILURE,
    };
  }
  return { message: error instanceof Error ? (error.stack ?? error.message) : String(error), exitCode: EXIT_FAILURE };
}
