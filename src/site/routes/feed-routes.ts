import type { Context, Env, Hono } from 'hono';
import type { ActionContext } from '../../actions/action-context.js';
import { listFeedItems, type FeedData, type FeedScope } from '../../actions/list-feed-items.js';
import { notFound } from '../../domain/errors.js';
import { FEED_CONTENT_TYPES, FEED_FORMATS, feedEntry, renderFeed, type FeedFormat } from '../../render/feeds/build-feed.js';
import { requestPageTags } from './discovery-cache.js';
import { discoveryResponse } from './discovery-response.js';

export interface DiscoveryDeps {
  context: () => ActionContext;
  baseUrl: string;
}

/**
 * Feed URLs. One scheme for every scope, the feed's path mirroring the page
 * it follows, with the format as the extension:
 *   /feeds/publications.{rss,atom,json}        every publication
 *   /feeds/series/{series-slug}.{ext}           a series   (page /publications/{slug})
 *   /feeds/{taxonomy-path}/{term-slug}.{ext}    a theme or region (page /themes/{slug})
 *   /feeds/research/{unit-slug}.{ext}           a centre or programme (page /research/{slug})
 *   /feeds/people/{person-slug}.{ext}           an author (page /people/{slug})
 */
export function feedPath(scope: FeedScope, format: FeedFormat): string {
  switch (scope.kind) {
    case 'site': return `/feeds/publications.${format}`;
    case 'series': return `/feeds/series/${scope.slug}.${format}`;
    case 'term': return `/feeds/${scope.taxonomyPath}/${scope.slug}.${format}`;
    case 'unit': return `/feeds/research/${scope.slug}.${format}`;
    case 'person': return `/feeds/people/${scope.slug}.${format}`;
  }
}

export const FEED_LABELS: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

/** `<link rel="alternate">` data for a page's head: one per format. */
export function feedAlternates(scope: FeedScope, title: string): { rel: 'alternate'; type: string; href: string; title: string }[] {
  return FEED_FORMATS.map((format) => ({
    rel: 'alternate' as const,
    type: (FEED_CONTENT_TYPES[format].split(';')[0] ?? '').trim(),
    href: feedPath(scope, format),
    title: `${title} (${FEED_LABELS[format]})`,
  }));
}

function parseFile(file: string): { slug: string; format: FeedFormat } {
  const match = /^([a-z0-9][a-z0-9-]*)\.(rss|atom|json)$/.exec(file);
  if (!match) throw notFound(`Feed ${file}`);
  return { slug: match[1] ?? '', format: match[2] as FeedFormat };
}

function scopeFor(kind: string, slug: string): FeedScope {
  if (kind === 'series') return { kind: 'series', slug };
  if (kind === 'research') return { kind: 'unit', slug };
  if (kind === 'people') return { kind: 'person', slug };
  return { kind: 'term', taxonomyPath: kind, slug };
}

function feedBody(data: FeedData, scope: FeedScope, format: FeedFormat, baseUrl: string): string {
  const { reference } = data;
  const entries = data.items.flatMap((item) => {
    const series = reference.seriesById.get(item.seriesId);
    if (!series) return [];
    const terms = item.termIds.flatMap((id) => {
      const term = reference.termById.get(id);
      const taxonomy = term && reference.taxonomyById.get(term.taxonomyId);
      return term && taxonomy ? [{ name: term.name, path: `/${taxonomy.path}/${term.slug}` }] : [];
    });
    const units = item.unitIds.flatMap((id) => {
      const unit = reference.unitById.get(id);
      return unit ? [{ name: unit.name, path: `/research/${unit.slug}` }] : [];
    });
    return [feedEntry(baseUrl, item, series, [...terms, ...units])];
  });
  return renderFeed({
    baseUrl,
    title: data.title,
    description: data.description,
    pageUrl: `${baseUrl}${data.pagePath}`,
    feedUrls: { rss: `${baseUrl}${feedPath(scope, 'rss')}`, atom: `${baseUrl}${feedPath(scope, 'atom')}`, json: `${baseUrl}${feedPath(scope, 'json')}` },
    siteName: data.settings.name,
    copyrightHolder: data.settings.copyrightHolder,
    entries,
  }, format);
}

export function registerFeedRoutes<E extends Env>(site: Hono<E>, deps: DiscoveryDeps): void {
  const answer = async (c: Context, scope: FeedScope, format: FeedFormat) => {
    const data = await listFeedItems(deps.context(), scope);
    requestPageTags(c)?.add(...data.cacheTags);
    return discoveryResponse(c, feedBody(data, scope, format, deps.baseUrl), FEED_CONTENT_TYPES[format]);
  };
  site.get('/feeds/:file', async (c) => {
    const { slug, format } = parseFile(c.req.param('file'));
    if (slug !== 'publications') throw notFound(`Feed ${c.req.path}`);
    return answer(c, { kind: 'site' }, format);
  });
  site.get('/feeds/:kind/:file', async (c) => {
    const { slug, format } = parseFile(c.req.param('file'));
    return answer(c, scopeFor(c.req.param('kind'), slug), format);
  });
}
