import { Hono } from 'hono';
import type { ActionContext, Log } from '../actions/action-context.js';
import { getSiteChrome } from '../actions/get-site-chrome.js';
import { join } from 'node:path';
import { ASSET_NAMES, IMMUTABLE_CACHE, loadAssetFiles, type AssetName } from './asset-files.js';
import { matchesIfNoneMatch } from './etag.js';
import { createErrorHandler } from './error-handler.js';
import { serveFile } from './file-route.js';
import { PageCache } from './page-cache.js';
import { pageCacheMiddleware } from './page-cache-middleware.js';
import { registerCiteRoutes } from './routes/cite-routes.js';
import { registerContentRoutes } from './routes/content-routes.js';
import { registerFeedRoutes } from './routes/feed-routes.js';
import { registerHomeRoute } from './routes/home-route.js';
import { registerPeopleRoutes } from './routes/people-routes.js';
import { registerPreviewRoute } from './routes/preview-route.js';
import { registerPublicationRoutes } from './routes/publication-routes.js';
import { registerResearchRoutes } from './routes/research-routes.js';
import { registerSearchRoute } from './routes/search-route.js';
import { registerSitemapRoutes } from './routes/sitemap-routes.js';
import type { SiteEnv } from './site-env.js';
import type { SiteRuntime } from './site-runtime.js';
import { themeCss } from './theme-css.js';
import { notFound } from '../domain/errors.js';

export interface SiteDeps {
  context: () => ActionContext;
  baseUrl: string;
  dataDir: string;
  isPageCacheEnabled: boolean;
  log: Log;
  /** Upper bound of the page cache in bytes of HTML (default 64 MiB). */
  pageCacheMaxBytes?: number;
}

export interface SiteApp {
  app: Hono<SiteEnv>;
  /** The rendered-page cache; empty and unused when the page cache is off. */
  cache: PageCache;
}

/** Answer an asset: immutable when the `?v=` matches the current content, else revalidated. */
function assetResponse(body: string, contentType: string, version: string, requested: string | undefined, ifNoneMatch: string | undefined): Response {
  const etag = `"${version}"`;
  const headers = {
    'Content-Type': contentType,
    ETag: etag,
    'Cache-Control': requested === version ? IMMUTABLE_CACHE : 'public, max-age=0, must-revalidate',
  };
  if (matchesIfNoneMatch(ifNoneMatch, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

/**
 * The public website: /assets (the site's CSS and script), /files (uploaded
 * media), then every page through the page cache; errors render inside the
 * site's chrome.
 */
export function createSiteApp(deps: SiteDeps): SiteApp {
  const site = new Hono<SiteEnv>();
  const runtime: SiteRuntime = { context: deps.context, assets: loadAssetFiles(), baseUrl: deps.baseUrl, log: deps.log };
  const cache = new PageCache({ maxBytes: deps.pageCacheMaxBytes });
  if (deps.isPageCacheEnabled) deps.context().events.subscribe((changed) => cache.invalidate(changed));

  site.get('/assets/theme.css', async (c) => {
    const { settings } = await getSiteChrome(deps.context());
    const theme = themeCss(settings.accentColor);
    return assetResponse(theme.body, 'text/css; charset=utf-8', theme.version, c.req.query('v'), c.req.header('If-None-Match'));
  });
  site.get('/assets/:name', (c) => {
    const name = c.req.param('name');
    const file = (ASSET_NAMES as readonly string[]).includes(name) ? runtime.assets.get(name as AssetName) : undefined;
    if (!file) throw notFound(`Asset ${name}`);
    return assetResponse(file.body, file.contentType, file.version, c.req.query('v'), c.req.header('If-None-Match'));
  });
  site.get('/files/*', (c) => serveFile(c, join(deps.dataDir, 'files')));
  // Browsers and feed readers ask for /favicon.ico without reading the page's <link rel=icon>.
  site.get('/favicon.ico', (c) => c.redirect(`/assets/favicon.svg?v=${runtime.assets.get('favicon.svg')?.version ?? '0'}`, 301));

  registerPreviewRoute(site, runtime);
  site.use('*', pageCacheMiddleware(cache, deps.isPageCacheEnabled));
  registerHomeRoute(site, runtime);
  registerPublicationRoutes(site, runtime);
  registerPeopleRoutes(site, runtime);
  registerResearchRoutes(site, runtime);
  registerSearchRoute(site, runtime);
  registerFeedRoutes(site, runtime);
  registerSitemapRoutes(site, runtime);
  registerCiteRoutes(site, runtime);
  registerContentRoutes(site, runtime);
  site.onError(createErrorHandler(runtime));

  return { app: site, cache };
}
