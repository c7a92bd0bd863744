import type { Context } from 'hono';
import type { PageTags } from '../page-tags.js';

/**
 * The page cache's tag collector for this request, when the route runs
 * behind the site's page cache (page-cache-middleware.ts); undefined when
 * the routes are mounted on their own.
 */
export function requestPageTags(c: Context): PageTags | undefined {
  return (c.get as (key: string) => unknown)('pageTags') as PageTags | undefined;
}
