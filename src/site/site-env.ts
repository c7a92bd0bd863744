import type { PageTags } from './page-tags.js';

/** Per-request values of the site's Hono app. */
export interface SiteEnv {
  Variables: {
    /** Filled by the routes, read by the page cache when it stores the page. */
    pageTags: PageTags;
  };
}
