import type { Context, MiddlewareHandler } from 'hono';
import { matchesIfNoneMatch, strongEtag } from './etag.js';
import type { PageCache } from './page-cache.js';
import { PageTags } from './page-tags.js';
import type { SiteEnv } from './site-env.js';

/**
 * Pages may be stored by any cache but must be revalidated on every use
 * (RFC 9111 section 5.2.2.2): a publish must show at once, and a 304 costs a
 * hash comparison here.
 */
export const PAGE_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/** Besides HTML pages, feeds and sitemaps are kept: read often, each costs a listing query. */
const CACHEABLE_TYPES = ['text/html', 'application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/xml'];

/** Status and headers of a cached page's answer: 304 when the client holds this ETag (RFC 9110 section 13.1.2). */
export function pageAnswer(ifNoneMatch: string | undefined, etag: string, contentType: string, xCache: 'hit' | 'miss'): { status: 200 | 304; headers: Record<string, string> } {
  const headers: Record<string, string> = { ETag: etag, 'Cache-Control': PAGE_CACHE_CONTROL, 'X-Cache': xCache };
  if (matchesIfNoneMatch(ifNoneMatch, etag)) return { status: 304, headers };
  return { status: 200, headers: { 'Content-Type': contentType, ...headers } };
}

function pageResponse(c: Context, body: Uint8Array, etag: string, contentType: string, xCache: 'hit' | 'miss'): Response {
  const { status, headers } = pageAnswer(c.req.header('If-None-Match'), etag, contentType, xCache);
  return new Response(status === 304 ? null : body, { status, headers });
}

/**
 * The page cache in front of the site's routes (DESIGN.md section 2): a hit
 * answers from memory; a miss renders, and a 200 page is stored under its
 * path and query with the tags its route collected. Every HTML answer gets a
 * strong ETag, so `If-None-Match` gives 304 even with the cache off. Error
 * pages (404 included) are never stored: whatever later appears at that
 * address would not announce a tag the error page carries.
 */
export function pageCacheMiddleware(cache: PageCache, isEnabled: boolean): MiddlewareHandler<SiteEnv> {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const url = new URL(c.req.url);
    const key = url.pathname + url.search;
    c.set('pageTags', new PageTags());
    if (isEnabled) {
      const hit = cache.get(key);
      if (hit) return pageResponse(c, hit.body, hit.etag, hit.contentType, 'hit');
    }
    const renderedSince = cache.epoch();
    await next();

    const response = c.res;
    const contentType = response.headers.get('Content-Type') ?? '';
    if (!CACHEABLE_TYPES.some((type) => contentType.startsWith(type))) return;
    if (response.status !== 200) {
      c.res.headers.set('Cache-Control', 'no-store');
      c.res.headers.set('X-Cache', 'miss');
      return;
    }
    const body = new Uint8Array(await response.arrayBuffer());
    const etag = strongEtag(body);
    const pageTags = c.get('pageTags');
    if (isEnabled) {
      cache.set(key, { body, etag, contentType, tags: pageTags.list() }, renderedSince);
    }
    // Assigning over a finalised response would copy its headers onto the new one; clear it first.
    c.res = undefined;
    c.res = pageResponse(c, body, etag, contentType, 'miss');
  };
}
