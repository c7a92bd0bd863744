import type { Hono } from 'hono';
import { getPage } from '../../actions/get-page.js';
import { getTaxonomyIndex, getTermPage } from '../../actions/get-term-page.js';
import { listTerms } from '../../actions/list-terms.js';
import { tags } from '../../domain/change-tags.js';
import type { SiteEnv } from '../site-env.js';
import { htmlResponse, pageParam, pageRequest, type PageRequest, type SiteContext, type SiteRuntime } from '../site-runtime.js';
import type { SiteView } from '../site-view.js';
import { HOME_CRUMB } from '../views/breadcrumbs.js';
import { ListingPage } from '../views/listing-page.js';
import { TaxonomyIndexPage } from '../views/taxonomy-index-page.js';
import { TreePageView } from '../views/tree-page.js';
import { requireListingPage } from './publication-routes.js';

async function taxonomyIndex(c: SiteContext, request: PageRequest, view: SiteView, taxonomyPath: string): Promise<Response> {
  const index = await getTaxonomyIndex(request.ctx, { taxonomyPath });
  request.pageTags.add(tags.termLists, tags.publicationLists, ...index.terms.map(({ term }) => tags.term(term.id)));
  return htmlResponse(c, <TaxonomyIndexPage site={view} index={index} />);
}

async function termPage(c: SiteContext, request: PageRequest, view: SiteView, taxonomyPath: string, termSlug: string): Promise<Response> {
  const page = pageParam(c);
  const data = await getTermPage(request.ctx, { taxonomyPath, termSlug, page });
  requireListingPage(page, data.publications.items.length, data.term.name);
  request.pageTags.add(tags.term(data.term.id)).addPublications(data.publications.items);
  const { taxonomy, term } = data;
  return htmlResponse(c, (
    <ListingPage site={view} title={term.name} kicker={<a href={`/${taxonomy.path}`}>{taxonomy.name}</a>}
      intro={term.description && page === 1 ? <p class="page-summary">{term.description}</p> : undefined}
      description={term.description || undefined}
      breadcrumbs={[HOME_CRUMB, { label: taxonomy.name, href: `/${taxonomy.path}` }, { label: term.name }]}
      publications={data.publications} seriesById={data.reference.seriesById} basePath={`/${taxonomy.path}/${term.slug}`}
      feed={{ scope: { kind: 'term', taxonomyPath: taxonomy.path, slug: term.slug }, title: term.name }} />
  ));
}

/**
 * Every other path: a taxonomy (`/themes`), one of its terms
 * (`/themes/maritime-security`), or a page of the page tree by its path.
 * Taxonomy paths are data, so they are looked up before the page tree.
 */
export function registerContentRoutes(site: Hono<SiteEnv>, runtime: SiteRuntime): void {
  site.get('*', async (c) => {
    const request = pageRequest(c, runtime);
    const path = c.req.path;
    const segments = path.split('/').filter(Boolean);
    const [view, taxonomies] = await Promise.all([request.loadSite(), segments.length <= 2 ? listTerms(request.ctx) : Promise.resolve([])]);
    const taxonomy = taxonomies.find(({ taxonomy: t }) => t.path === segments[0])?.taxonomy;
    if (taxonomy && segments.length === 1) return taxonomyIndex(c, request, view, taxonomy.path);
    if (taxonomy && segments[1]) return termPage(c, request, view, taxonomy.path, segments[1]);

    const pageView = await getPage(request.ctx, { path });
    request.pageTags.add(tags.page(pageView.page.id), tags.pageTree);
    return htmlResponse(c, <TreePageView site={view} view={pageView} />);
  });
}
