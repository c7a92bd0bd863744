import type { Hono } from 'hono';
import { getUnitPage } from '../../actions/get-unit-page.js';
import { listResearchUnits } from '../../actions/list-research-units.js';
import { tags } from '../../domain/change-tags.js';
import type { SiteEnv } from '../site-env.js';
import { htmlResponse, pageParam, pageRequest, type SiteRuntime } from '../site-runtime.js';
import { ResearchIndexPage, UnitPageView } from '../views/research-pages.js';
import { requireListingPage } from './publication-routes.js';

/** `/research` and `/research/{unit}`. */
export function registerResearchRoutes(site: Hono<SiteEnv>, runtime: SiteRuntime): void {
  site.get('/research', async (c) => {
    const request = pageRequest(c, runtime);
    const [view, index] = await Promise.all([request.loadSite(), listResearchUnits(request.ctx)]);
    const units = [...index.centres, ...index.programmes, ...index.other];
    request.pageTags.add(tags.unitLists, ...units.map((u) => tags.unit(u.id)));
    return htmlResponse(c, <ResearchIndexPage site={view} index={index} />);
  });

  site.get('/research/:slug', async (c) => {
    const request = pageRequest(c, runtime);
    const page = pageParam(c);
    const [view, data] = await Promise.all([request.loadSite(), getUnitPage(request.ctx, { slug: c.req.param('slug'), page })]);
    requireListingPage(page, data.publications.items.length, data.unit.name);
    const shownUnits = [data.unit, ...(data.parent ? [data.parent] : []), ...data.children];
    request.pageTags
      // A new child unit announces list:units.
      .add(tags.unitLists, tags.peopleLists, ...shownUnits.map((u) => tags.unit(u.id)))
      .add(...data.series.map((s) => tags.series(s.id)), ...data.people.map((p) => tags.person(p.id)))
      .addPublications(data.publications.items);
    return htmlResponse(c, <UnitPageView site={view} data={data} />);
  });
}
