import type { Hono } from 'hono';
import { getHomePage } from '../../actions/get-home-page.js';
import { tags } from '../../domain/change-tags.js';
import type { SiteEnv } from '../site-env.js';
import { htmlResponse, pageRequest, type SiteRuntime } from '../site-runtime.js';
import { HomePage } from '../views/home-page.js';

export function registerHomeRoute(site: Hono<SiteEnv>, runtime: SiteRuntime): void {
  site.get('/', async (c) => {
    const request = pageRequest(c, runtime);
    const [view, data] = await Promise.all([request.loadSite(), getHomePage(request.ctx)]);
    request.pageTags
      .addPublications([...data.featured, ...data.latest])
      .addPublications(data.bySeries.flatMap((s) => s.items), { showsBylines: false })
      .add(...data.bySeries.map((s) => tags.series(s.series.id)));
    return htmlResponse(c, <HomePage site={view} data={data} />);
  });
}
