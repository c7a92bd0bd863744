import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Cross-site request forgery defences for cookie-authenticated pages
 * (OWASP CSRF Prevention Cheat Sheet): a synchronizer token in every form,
 * bound to the browser and to its session, plus a check of the Fetch
 * Metadata (`Sec-Fetch-Site`) and `Origin` headers browsers send.
 */
export const CSRF_FIELD = '_csrf';
/** Scripts send the token in this header instead of a form field. */
export const CSRF_HEADER = 'x-csrf-token';

/** Methods that may change something (RFC 9110 section 9.2.1: the others are safe). */
export function isUnsafeMethod(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS', 'TRACE'].includes(method.toUpperCase());
}

/** A new random browser id for the CSRF cookie. */
export function newBrowserId(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The token for a browser (its CSRF cookie) and its session (null when
 * signed out). Signing in or out changes the session, so tokens of the
 * previous state stop working; a token is useless in another browser.
 */
export function csrfTokenFor(key: Buffer, browserId: string, sessionToken: string | null): string {
  return createHmac('sha256', key).update(`csrf\n${browserId}\n${sessionToken ?? ''}`).digest('base64url');
}

export function isCsrfTokenValid(key: Buffer, browserId: string, sessionToken: string | null, token: string | undefined): boolean {
  if (!token) return false;
  const expected = Buffer.from(csrfTokenFor(key, browserId, sessionToken));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Why a state-changing request looks cross-site, or null when it does not.
 * `Sec-Fetch-Site` (Fetch Metadata) is trusted when present; `Origin` must
 * name one of our origins when present. Clients that send neither are left
 * to the token check.
 */
export function crossSiteReason(headers: { secFetchSite?: string | undefined; origin?: string | undefined }, allowedOrigins: readonly string[]): string | null {
  const site = headers.secFetchSite?.toLowerCase();
  if (site && site !== 'same-origin' && site !== 'none') return `the request came from another site (Sec-Fetch-Site: ${site})`;
  const origin = headers.origin;
  if (origin !== undefined && !allowedOrigins.includes(origin)) return `the request came from another origin (${origin})`;
  return null;
}
