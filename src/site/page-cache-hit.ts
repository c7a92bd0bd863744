import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from '../http/security-headers.js';
import { pageAnswer } from './page-cache-middleware.js';
import type { CachedPage, PageCache } from './page-cache.js';

/**
 * Addresses made only of unreserved characters come out of URL parsing as
 * they went in, so they are their own cache key without parsing; anything
 * else (percent escapes, dot segments, double slashes) is parsed.
 */
const PLAIN_TARGET = /^\/(?!.*(?:\/\/|\/\.))[A-Za-z0-9\-._~/]*(?:\?[A-Za-z0-9\-._~=&+]*)?$/;

/** Header lines of a stored page's 200 answer, built once per stored page (a page object is replaced when it changes). */
const okHeaders = new WeakMap<CachedPage, string[]>();

function headersOf(page: CachedPage): string[] {
  let lines = okHeaders.get(page);
  if (!lines) {
    const { headers } = pageAnswer(undefined, page.etag, page.contentType, 'hit');
    lines = [...Object.entries(headers), ...SECURITY_HEADERS, ['Content-Length', String(page.body.byteLength)]].flat();
    okHeaders.set(page, lines);
  }
  return lines;
}

function cacheKey(target: string): string | null {
  if (PLAIN_TARGET.test(target)) return target;
  try {
    // The same normalisation as the application's `new URL(c.req.url)`.
    const url = new URL(target, 'http://page-cache.invalid');
    return url.host === 'page-cache.invalid' ? url.pathname + url.search : null;
  } catch {
    return null;
  }
}

/**
 * Page cache hits answered from the Node request itself, before it becomes
 * a Fetch Request and is routed: a hit needs only the cache key, and skipping
 * the Request, the router and the Response wrappers roughly halves its cost.
 * Anything else (a miss, another method, an address that does not parse)
 * returns false and goes through the application as usual, where the same
 * cache and the same headers apply (page-cache-middleware.ts). Only pages the
 * site stored are in the cache, so /admin, /api and /oai never match.
 */
export function answerFromPageCache(cache: PageCache): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url?.startsWith('/')) return false;
    const key = cacheKey(req.url);
    const page = key === null ? undefined : cache.get(key);
    if (!page) return false;
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch) {
      const { status, headers } = pageAnswer(ifNoneMatch, page.etag, page.contentType, 'hit');
      if (status === 304) {
        res.writeHead(304, [...Object.entries(headers), ...SECURITY_HEADERS].flat());
        res.end();
        return true;
      }
    }
    res.writeHead(200, headersOf(page));
    res.end(page.body);
    return true;
  };
}
