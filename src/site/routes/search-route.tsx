import type { Hono } from 'hono';
import { listTerms } from '../../actions/list-terms.js';
import { searchInputFromParams } from '../../actions/search-params.js';
import { searchPublications, type SearchPage as SearchPageData } from '../../actions/search-publications.js';
import { tags } from '../../domain/change-tags.js';
import { isDomainError } from '../../domain/errors.js';
import { publicationPath } from '../../domain/publication.js';
import type { SiteEnv } from '../site-env.js';
import { htmlResponse, pageRequest, type SiteRuntime } from '../site-runtime.js';
import { SearchPage } from '../views/search-page.js';
import { readSearchParams } from '../views/search-params.js';

const FIXED_PARAMS = ['q', 'sort', 'page', 'series', 'unit', 'author', 'year'];

/**
 * /search. Works without JavaScript: a GET form, results as links, facets as
 * links that add or remove a filter, sort and pages as links. A code typed
 * exactly ("IP24112") goes straight to that publication. The script
 * (assets/search.js) only adds results while typing.
 */
export function registerSearchRoute(site: Hono<SiteEnv>, runtime: SiteRuntime): void {
  site.get('/search', async (c) => {
    const request = pageRequest(c, runtime);
    const taxonomies = (await listTerms(request.ctx)).map((t) => t.taxonomy.slug);
    const params = readSearchParams(new URL(c.req.url), [...FIXED_PARAMS, ...taxonomies]);
    const view = await request.loadSite();
    let data: SearchPageData;
    try {
      data = await searchPublications(request.ctx, await searchInputFromParams(request.ctx, (name) => params.get(name) ?? []));
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'invalid') throw error;
      return htmlResponse(c, <SearchPage site={view} data={null} params={params} error={`This search could not be run: ${error.message}.`} />, 400);
    }
    const q = (params.get('q')?.[0] ?? '').trim();
    const series = data.exact && data.reference.seriesById.get(data.exact.seriesId);
    if (data.exact && series && data.page === 1 && q.toUpperCase() === data.exact.code) {
      return c.redirect(publicationPath(series.slug, data.exact), 302);
    }
    // A result page shows publications and the names of everything its facets list.
    request.pageTags.addPublications(data.items.map((i) => i.publication)).add(tags.peopleLists);
    for (const id of data.reference.seriesById.keys()) request.pageTags.add(tags.series(id));
    for (const id of data.reference.termById.keys()) request.pageTags.add(tags.term(id));
    for (const id of data.reference.unitById.keys()) request.pageTags.add(tags.unit(id));
    return htmlResponse(c, <SearchPage site={view} data={data} params={params} />);
  });
}
