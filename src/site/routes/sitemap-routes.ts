import type { Env, Hono } from 'hono';
import { listSitemapEntries, SITEMAP_KINDS, type SitemapEntry, type SitemapKind } from '../../actions/list-sitemap-entries.js';
import { notFound } from '../../domain/errors.js';
import { chunk, renderRobotsTxt, renderSitemapIndex, renderUrlset, sitemapFileName } from '../../render/feeds/sitemap.js';
import { requestPageTags } from './discovery-cache.js';
import { discoveryResponse } from './discovery-response.js';
import type { DiscoveryDeps } from './feed-routes.js';

const XML = 'application/xml; charset=utf-8';

function newest(entries: readonly SitemapEntry[]): string | null {
  return entries.reduce<string | null>((max, e) => (e.lastmod && (!max || e.lastmod > max) ? e.lastmod : max), null);
}

/**
 * `/robots.txt`, `/sitemap.xml` (the index) and `/sitemaps/{kind}.xml` for
 * publications, people, units, terms and pages (`/sitemaps/{kind}-2.xml` and
 * on past 50,000 URLs).
 */
export function registerSitemapRoutes<E extends Env>(site: Hono<E>, deps: DiscoveryDeps): void {
  site.get('/robots.txt', (c) => discoveryResponse(c, renderRobotsTxt(deps.baseUrl), 'text/plain; charset=utf-8'));

  site.get('/sitemap.xml', async (c) => {
    const { entries, cacheTags } = await listSitemapEntries(deps.context());
    requestPageTags(c)?.add(...SITEMAP_KINDS.flatMap((kind) => cacheTags[kind]));
    const sitemaps = SITEMAP_KINDS.flatMap((kind) => chunk(entries[kind]).map((part, index) => ({
      loc: `${deps.baseUrl}/sitemaps/${sitemapFileName(kind, index)}`,
      lastmod: newest(part),
    })));
    return discoveryResponse(c, renderSitemapIndex(sitemaps), XML);
  });

  site.get('/sitemaps/:file', async (c) => {
    const match = /^([a-z]+)(?:-(\d+))?\.xml$/.exec(c.req.param('file'));
    const kind = match?.[1] as SitemapKind | undefined;
    const index = match?.[2] ? Number(match[2]) - 1 : 0;
    if (!kind || !SITEMAP_KINDS.includes(kind) || index < 0 || match?.[2] === '1') throw notFound(`Sitemap ${c.req.path}`);
    const { entries, cacheTags } = await listSitemapEntries(deps.context());
    requestPageTags(c)?.add(...cacheTags[kind]);
    const part = chunk(entries[kind])[index];
    if (!part) throw notFound(`Sitemap ${c.req.path}`);
    return discoveryResponse(c, renderUrlset(part.map((e) => ({ loc: `${deps.baseUrl}${e.path}`, lastmod: e.lastmod }))), XML);
  });
}
