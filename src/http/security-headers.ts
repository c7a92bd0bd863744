import type { MiddlewareHandler } from 'hono';

/**
 * Headers on every response. The Content-Security-Policy allows no inline
 * script or style and nothing from other origins except images over https;
 * the site's scripts and styles are files under /assets.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every response (also by the page cache's direct answers, src/site/page-cache-hit.ts). */
export const SECURITY_HEADERS: readonly [string, string][] = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Frame-Options', 'DENY'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
];

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // Set on the finished response's own headers: `c.header()` after the
    // handler would rebuild the response around a stream of its body, which
    // costs more than the rest of serving a cached page.
    try {
      const headers = c.res.headers;
      for (const [name, value] of SECURITY_HEADERS) headers.set(name, value);
    } catch {
      // A response with immutable headers (Response.redirect, fetch) is rebuilt.
      for (const [name, value] of SECURITY_HEADERS) c.header(name, value);
    }
  };
}
