import type { Context, ErrorHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { findRedirect } from '../actions/find-redirect.js';
import { isDomainError } from '../domain/errors.js';
import { ERROR_STATUS } from '../http/error-status.js';
import type { SiteEnv } from './site-env.js';
import { renderDocument, type SiteRuntime } from './site-runtime.js';
import { PageTags } from './page-tags.js';
import { loadSiteView } from './site-view.js';
import { ErrorPage } from './views/error-page.js';

/** Where a missing address should go instead: a recorded redirect, or the same path without a trailing slash. */
async function findNewLocation(c: Context<SiteEnv>, runtime: SiteRuntime): Promise<string | undefined> {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return undefined;
  const path = c.req.path;
  const target = await findRedirect(runtime.context(), { path });
  if (target && target !== path) return target;
  if (path.length > 1 && path.endsWith('/')) {
    const search = new URL(c.req.url).search;
    return path.replace(/\/+$/, '') + search;
  }
  return undefined;
}

/** Used when even the chrome cannot be loaded (the database is down). */
function bareErrorPage(status: number): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Error ${status}</title></head>`
    + `<body><main><h1>${status === 404 ? 'Page not found' : 'Something went wrong on our side'}</h1>`
    + '<p><a href="/">Go to the home page</a></p></main></body></html>';
}

/**
 * Domain errors become their HTTP status (http/error-status.ts) rendered
 * inside the site's chrome. A 404 first looks for a redirect: old addresses
 * of the institute's archive answer 301 to where the item lives now.
 */
export function createErrorHandler(runtime: SiteRuntime): ErrorHandler<SiteEnv> {
  return async (error, c) => {
    const status: ContentfulStatusCode = isDomainError(error) ? ERROR_STATUS[error.code] : 500;
    try {
      if (status === 404) {
        const location = await findNewLocation(c, runtime);
        if (location) return c.redirect(location, 301);
      }
      if (status >= 500) runtime.log.error('site request failed', { path: c.req.path, error: error instanceof Error ? error.stack : String(error) });
      const ctx = runtime.context();
      const view = await loadSiteView(ctx, { assets: runtime.assets, baseUrl: runtime.baseUrl }, new PageTags(), c.req.path);
      const message = isDomainError(error) && status < 500 ? error.message : undefined;
      return c.html(await renderDocument(<ErrorPage site={view} status={status} message={message} />), status);
    } catch (failure) {
      runtime.log.error('site error page failed', { path: c.req.path, error: failure instanceof Error ? failure.stack : String(failure) });
      return c.html(bareErrorPage(status), status);
    }
  };
}
