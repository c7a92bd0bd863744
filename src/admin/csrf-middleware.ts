import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { forbidden } from '../domain/errors.js';
import { CSRF_FIELD, CSRF_HEADER, crossSiteReason, csrfTokenFor, isCsrfTokenValid, isUnsafeMethod, newBrowserId } from '../http/csrf.js';
import type { AdminEnv, AdminRuntime } from './admin-env.js';
import { readForm } from './form-data.js';

const FORM_EXPIRED = 'This form has expired or did not come from this site, so nothing was changed. Go back, reload the page and try again.';

/**
 * CSRF protection for every admin request (runs after the session
 * middleware). Each browser gets a random id in an HttpOnly cookie; the
 * token in forms is an HMAC of that id and the session (http/csrf.ts).
 * Every POST, PUT, PATCH and DELETE must carry the token in its `_csrf`
 * field or the X-CSRF-Token header, and must not come from another site
 * by its Origin and Sec-Fetch-Site headers; otherwise 403 and nothing runs.
 */
export function csrfMiddleware(runtime: AdminRuntime): MiddlewareHandler<AdminEnv> {
  const cookieName = runtime.isSecure ? '__Secure-imprint.csrf' : 'imprint.csrf';
  const allowedOrigins = (c: { req: { url: string } }) => [new URL(runtime.baseUrl).origin, new URL(c.req.url).origin];
  return async (c, next) => {
    const key = await runtime.csrfKey();
    let browserId = getCookie(c, cookieName);
    const hadCookie = browserId !== undefined && /^[A-Za-z0-9_-]{43}$/.test(browserId);
    if (!hadCookie) browserId = newBrowserId();
    const id = browserId as string;
    // Set before the check, so a refusal page can still render its forms and the next try has a cookie.
    c.set('csrfToken', csrfTokenFor(key, id, c.get('sessionToken')));
    if (!hadCookie) {
      setCookie(c, cookieName, id, { path: '/admin', httpOnly: true, sameSite: 'Lax', secure: runtime.isSecure, maxAge: 365 * 24 * 60 * 60 });
    }
    if (isUnsafeMethod(c.req.method)) {
      const reason = crossSiteReason({ secFetchSite: c.req.header('sec-fetch-site'), origin: c.req.header('origin') }, allowedOrigins(c));
      const sent = c.req.header(CSRF_HEADER) ?? (await readForm(c))[CSRF_FIELD];
      if (reason || !hadCookie || !isCsrfTokenValid(key, id, c.get('sessionToken'), sent)) {
        runtime.log.warn('admin request refused by CSRF check', { path: c.req.path, reason: reason ?? (hadCookie ? 'bad token' : 'no CSRF cookie') });
        throw forbidden(hadCookie ? FORM_EXPIRED : `${FORM_EXPIRED} (Your browser must accept cookies from this site.)`);
      }
    }
    await next();
  };
}
