/**
 * Coded domain errors. Each sub-app maps `code` to an HTTP status in its own
 * error handler; the CLI maps them to exit codes. Nothing below the HTTP layer
 * knows about status numbers.
 */
export type ErrorCode =
  | 'not_found'
  | 'invalid'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  | 'rate_limited';

export interface FieldIssue {
  /** Dotted path of the field at fault, e.g. `authors.1.name`. */
  field: string;
  message: string;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  /** Machine-readable facts about the error (a conflict names where the refused version was kept). */
  readonly details: Record<string, unknown> | undefined;
  constructor(code: ErrorCode, message: string, issues: FieldIssue[] = [], details?: Record<string, unknown>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.issues = issues;
    this.details = details;
  }
}

export function notFound(what: string): DomainError {
  return new DomainError('not_found', `${what} was not found`);
}

export function invalid(issues: FieldIssue[]): DomainError {
  const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  return new DomainError('invalid', summary || 'Invalid input', issues);
}

export function invalidField(field: string, message: string): DomainError {
  return invalid([{ field, message }]);
}

export function conflict(message: string, details?: Record<string, unknown>): DomainError {
  return new DomainError('conflict', message, [], details);
}

export function forbidden(message = 'You do not have permission to do this'): DomainError {
  return new DomainError('forbidden', message);
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
