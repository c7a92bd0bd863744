import type { Hono } from 'hono';
import type { ActionContext } from '../actions/action-context.js';
import type { FacetEntry } from '../actions/search-facets.js';
import { searchInputFromParams } from '../actions/search-params.js';
import { searchPublications } from '../actions/search-publications.js';
import { publicationPath } from '../domain/publication.js';
import { publicationItem } from './api-item.js';

export interface SearchRouteDeps {
  context: () => ActionContext;
  baseUrl: string;
}

const facetJson = (entries: FacetEntry[]) => entries.map((e) => ({ value: e.value, label: e.label, count: e.count, selected: e.isSelected }));

/**
 * GET /search?q=&series=&theme=&region=&unit=&author=&year=&sort=&page=&pageSize=
 * -> {items, total, facets, ...}. Items carry `titleHtml` and `snippetHtml`
 * (escaped text, matched words in `<mark>`). When the query is a series code
 * that matches a publication, `exact` names it and `redirect` is its URL.
 * Facets are keyed by the parameter that filters on them.
 */
export function registerSearchRoutes(api: Hono, deps: SearchRouteDeps): void {
  api.get('/search', async (c) => {
    const ctx = deps.context();
    const input = await searchInputFromParams(ctx, (name) => c.req.queries(name) ?? []);
    const page = await searchPublications(ctx, input);
    const { reference } = page;
    const urlOf = (p: { seriesId: string; code: string | null; slug: string }) => {
      const series = reference.seriesById.get(p.seriesId);
      return series ? `${deps.baseUrl}${publicationPath(series.slug, p)}` : null;
    };
    const facets: Record<string, ReturnType<typeof facetJson>> = {
      series: facetJson(page.facets.series),
      ...Object.fromEntries(page.facets.taxonomies.map((t) => [t.slug, facetJson(t.entries)])),
      unit: facetJson(page.facets.unit),
      author: facetJson(page.facets.author),
      year: facetJson(page.facets.year),
    };
    return c.json({
      q: page.q,
      sort: page.sort,
      page: page.page,
      pageSize: page.pageSize,
      pageCount: page.pageCount,
      total: page.total,
      exact: page.exact ? { id: page.exact.id, code: page.exact.code, title: page.exact.title, url: urlOf(page.exact) } : null,
      redirect: page.exact ? urlOf(page.exact) : null,
      isRankingCapped: page.isRankingCapped,
      items: page.items.map((item) => ({
        ...publicationItem(item.publication, reference, deps.baseUrl),
        titleHtml: item.titleHtml,
        snippetHtml: item.snippetHtml,
        isExact: item.isExact,
      })),
      facets,
    });
  });
}
