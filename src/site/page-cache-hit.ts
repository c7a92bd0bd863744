import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from '../http/security-headers.js';
import { pageAnswer } from './page-cache-middleware.js';
import type { PageCache } from './page-cache.js';

const SECURITY = Object.fromEntries(SECURITY_HEADERS);

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
    let key: string;
    try {
      // The same normalisation as the application's `new URL(c.req.url)`.
      const url = new URL(req.url, 'http://page-cache.invalid');
      if (url.host !== 'page-cache.invalid') return false;
      key = url.pathname + url.search;
    } catch {
      return false;
    }
    const page = cache.get(key);
    if (!page) return false;
    const { status, headers } = pageAnswer(req.headers['if-none-match'], page.etag, page.contentType, 'hit');
    if (status === 304) {
      res.writeHead(304, { ...headers, ...SECURITY });
      res.end();
    } else {
      res.writeHead(200, { ...headers, ...SECURITY, 'Content-Length': String(page.body.byteLength) });
      res.end(page.body);
    }
    return true;
  };
}
