import type { ErrorHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isDomainError } from '../domain/errors.js';
import { ERROR_STATUS } from '../http/error-status.js';
import type { AdminEnv, AdminRuntime } from './admin-env.js';
import { loadAdminPage, renderAdmin } from './admin-page.js';
import { redirectToSignIn } from './require-permission.js';
import { ErrorPage } from './views/error-page.js';

/**
 * Domain errors become their status (http/error-status.ts) on a page in the
 * admin frame; "sign in first" becomes the sign-in page; a rate limit says
 * when to retry in Retry-After (RFC 9110 section 10.2.3) as well as in words.
 */
export function createAdminErrorHandler(runtime: AdminRuntime): ErrorHandler<AdminEnv> {
  return async (error, c) => {
    if (isDomainError(error) && error.code === 'unauthenticated') return redirectToSignIn(c);
    const status: ContentfulStatusCode = isDomainError(error) ? ERROR_STATUS[error.code] : 500;
    if (status >= 500) runtime.log.error('admin request failed', { path: c.req.path, error: error instanceof Error ? error.stack : String(error) });
    const retryAfter = isDomainError(error) ? error.details?.retryAfterSeconds : undefined;
    if (typeof retryAfter === 'number') c.header('Retry-After', String(retryAfter));
    c.header('Cache-Control', 'no-store');
    try {
      const page = await loadAdminPage(c, runtime);
      const message = isDomainError(error) ? error.message : undefined;
      return await renderAdmin(c, <ErrorPage page={page} status={status} message={message} issues={isDomainError(error) ? error.issues : []} />, status);
    } catch (failure) {
      runtime.log.error('admin error page failed', { path: c.req.path, error: failure instanceof Error ? failure.stack : String(failure) });
      return c.text(status >= 500 ? 'Something went wrong on our side.' : `Error ${status}`, status);
    }
  };
}
