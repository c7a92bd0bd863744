import type { Hono } from 'hono';
import { getPreviewPage } from '../../actions/get-preview-page.js';
import { PageTags } from '../page-tags.js';
import type { SiteEnv } from '../site-env.js';
import { htmlResponse, pageRequest, type SiteRuntime } from '../site-runtime.js';
import { PublicationPage } from '../views/publication-page.js';

/**
 * `/preview/{token}`: a publication as its page will look, for whoever holds
 * a private link made in the back office, published or not. Registered
 * before the page cache, so previews are never stored or shared; never
 * indexed (the site-wide Referrer-Policy keeps the token from other sites).
 */
export function registerPreviewRoute(site: Hono<SiteEnv>, runtime: SiteRuntime): void {
  site.get('/preview/:token', async (c) => {
    c.set('pageTags', new PageTags());
    const request = pageRequest(c, runtime);
    const [view, data] = await Promise.all([request.loadSite(), getPreviewPage(request.ctx, { token: c.req.param('token') })]);
    const response = await htmlResponse(c, <PublicationPage site={view} data={data} />);
    response.headers.set('Cache-Control', 'private, no-store');
    response.headers.set('X-Robots-Tag', 'noindex, nofollow');
    return response;
  });
}
