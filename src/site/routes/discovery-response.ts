import { createHash } from 'node:crypto';
import type { Context } from 'hono';

/**
 * Feeds, sitemaps, robots.txt and citation downloads are answered like the
 * site's pages: a strong ETag of the body (RFC 9110 section 8.8.3), 304 when
 * `If-None-Match` names it (section 13.1.2, weak comparison), and
 * `max-age=0, must-revalidate` so a publish shows at once (RFC 9111 section 5.2.2.2).
 */
export const DISCOVERY_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

function isNotModified(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

export function discoveryResponse(c: Context, body: string, contentType: string, extraHeaders: Record<string, string> = {}): Response {
  const etag = etagOf(body);
  const headers = new Headers({ 'Content-Type': contentType, ETag: etag, 'Cache-Control': DISCOVERY_CACHE_CONTROL, ...extraHeaders });
  if (isNotModified(c.req.header('If-None-Match'), etag)) {
    headers.delete('Content-Type');
    return new Response(null, { status: 304, headers });
  }
  return new Response(c.req.method === 'HEAD' ? null : body, { status: 200, headers });
}
