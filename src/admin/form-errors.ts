import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isDomainError, type ErrorCode, type FieldIssue } from '../domain/errors.js';
import { ERROR_STATUS } from '../http/error-status.js';
import type { AdminContext } from './admin-env.js';

export interface FormRefusal {
  status: ContentfulStatusCode;
  message: string;
  issues: FieldIssue[];
}

/**
 * A refused form is shown again with its values and the reasons (a person
 * can act on them); errors of other codes, and anything unexpected, go on
 * to the error handler. Returns null for those, after which the caller
 * rethrows.
 */
export function formRefusal(c: AdminContext, error: unknown, codes: readonly ErrorCode[] = ['invalid', 'conflict', 'rate_limited', 'unauthenticated', 'forbidden']): FormRefusal | null {
  if (!isDomainError(error) || !codes.includes(error.code)) return null;
  const retryAfter = error.details?.retryAfterSeconds;
  if (typeof retryAfter === 'number') c.header('Retry-After', String(retryAfter));
  return { status: ERROR_STATUS[error.code], message: error.message, issues: error.issues };
}
