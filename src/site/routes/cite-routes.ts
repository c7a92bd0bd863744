import type { Context, Env, Hono } from 'hono';
import { getPublicationPage } from '../../actions/get-publication-page.js';
import { getSiteChrome } from '../../actions/get-site-chrome.js';
import { notFound } from '../../domain/errors.js';
import { citationSource } from '../../render/citations/citation-source.js';
import { toBibtex, toCslJson, toRis } from '../../render/citations/format-citations.js';
import { discoveryResponse } from './discovery-response.js';
import type { DiscoveryDeps } from './feed-routes.js';

/**
 * Citation downloads beside each publication:
 *   /publications/{series}/{handle}/cite.bib    BibTeX (application/x-bibtex)
 *   /publications/{series}/{handle}/cite.ris    RIS (application/x-research-info-systems)
 *   /publications/{series}/{handle}/cite.json   CSL-JSON (application/vnd.citationstyles.csl+json)
 * An outdated handle redirects to the current one, like the page itself.
 */
const FORMATS = {
  bib: { type: 'application/x-bibtex; charset=utf-8', render: toBibtex },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', render: toRis },
  json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', render: toCslJson },
} as const;

type CiteFormat = keyof typeof FORMATS;

export function registerCiteRoutes<E extends Env>(site: Hono<E>, deps: DiscoveryDeps): void {
  site.get('/publications/:series/:handle/:file', async (c: Context) => {
    const match = /^cite\.(bib|ris|json)$/.exec(c.req.param('file') ?? '');
    if (!match) throw notFound(`Page ${c.req.path}`);
    const format = match[1] as CiteFormat;
    const ctx = deps.context();
    const lookup = await getPublicationPage(ctx, { seriesSlug: c.req.param('series') ?? '', handle: c.req.param('handle') ?? '' });
    if (lookup.kind === 'moved') return c.redirect(`/publications/${lookup.seriesSlug}/${lookup.handle}/cite.${format}`, 301);
    const { publication, series } = lookup.data;
    const { settings } = await getSiteChrome(ctx);
    const body = FORMATS[format].render(citationSource(publication, series, settings.name, deps.baseUrl));
    const name = `${(publication.code ?? publication.slug).toLowerCase()}.${format === 'json' ? 'csl.json' : format}`;
    return discoveryResponse(c, body, FORMATS[format].type, { 'Content-Disposition': `attachment; filename="${name}"` });
  });
}
