import type { Hono } from 'hono';
import { getPublicationPage } from '../../actions/get-publication-page.js';
import { listPublications } from '../../actions/list-publications.js';
import { listResearchUnits } from '../../actions/list-research-units.js';
import { listSeries } from '../../actions/list-series.js';
import { tags } from '../../domain/change-tags.js';
import { notFound } from '../../domain/errors.js';
import { unitLabel } from '../../domain/unit.js';
import { markdownToHtml } from '../../render/markdown/markdown-to-html.js';
import { markdownToText } from '../../render/markdown/markdown-to-text.js';
import type { SiteEnv } from '../site-env.js';
import { htmlResponse, pageParam, pageRequest, type SiteRuntime } from '../site-runtime.js';
import { HOME_CRUMB, PUBLICATIONS_CRUMB } from '../views/breadcrumbs.js';
import { ListingPage, SeriesNav } from '../views/listing-page.js';
import { PublicationPage } from '../views/publication-page.js';
import { registerPdfRoute } from './pdf-route.js';
import { findPublicationPdf } from '../../actions/get-publication-pdf.js';
import { pdfFileName } from '../../domain/publication-pdf.js';
import { Prose } from '../views/prose.js';

export const LISTING_PAGE_SIZE = 20;

/** A page past the end of a listing is not a page. */
export function requireListingPage(page: number, itemCount: number, what: string): void {
  if (page > 1 && itemCount === 0) throw notFound(`Page ${page} of ${what}`);
}

/** `/publications`, `/publications/{series}` and `/publications/{series}/{code-slug}`. */
export function registerPublicationRoutes(site: Hono<SiteEnv>, runtime: SiteRuntime): void {
  // Before the page route: `{handle}.pdf` would otherwise be taken for a handle.
  registerPdfRoute(site, runtime);
  site.get('/publications', async (c) => {
    const request = pageRequest(c, runtime);
    const page = pageParam(c);
    const [view, publications, series] = await Promise.all([
      request.loadSite(),
      listPublications(request.ctx, { page, pageSize: LISTING_PAGE_SIZE }),
      listSeries(request.ctx),
    ]);
    requireListingPage(page, publications.items.length, 'publications');
    request.pageTags.addPublications(publications.items).add(...series.map((s) => tags.series(s.id)));
    return htmlResponse(c, (
      <ListingPage site={view} title="Publications" breadcrumbs={[HOME_CRUMB, { label: 'Publications' }]}
        publications={publications} seriesById={new Map(series.map((s) => [s.id, s]))} basePath="/publications"
        feed={{ scope: { kind: 'site' }, title: `${view.chrome.settings.shortName || view.chrome.settings.name} publications` }}
        aside={<SeriesNav series={series} instituteLabel={`${view.chrome.settings.shortName} Publications`} />} />
    ));
  });

  site.get('/publications/:series', async (c) => {
    const request = pageRequest(c, runtime);
    const page = pageParam(c);
    const slug = c.req.param('series');
    const [view, allSeries, research] = await Promise.all([request.loadSite(), listSeries(request.ctx), listResearchUnits(request.ctx)]);
    const series = allSeries.find((s) => s.slug === slug);
    if (!series) throw notFound(`Series ${slug}`);
    const publications = await listPublications(request.ctx, { series: series.id, page, pageSize: LISTING_PAGE_SIZE });
    requireListingPage(page, publications.items.length, series.name);
    const unit = [...research.centres, ...research.programmes, ...research.other].find((u) => u.id === series.unitId);
    request.pageTags.addPublications(publications.items).add(...allSeries.map((s) => tags.series(s.id)));
    if (unit) request.pageTags.add(tags.unit(unit.id));
    const intro = (
      <>
        {series.description && page === 1 ? <Prose class="series-description" html={markdownToHtml(series.description)} /> : null}
        {unit ? <p class="series-unit">Published by <a href={`/research/${unit.slug}`}>{unitLabel(unit)}</a></p> : null}
      </>
    );
    return htmlResponse(c, (
      <ListingPage site={view} title={series.name} description={series.description ? markdownToText(series.description) : undefined}
        kicker={<a href="/publications">{series.group === 'external' ? 'External Publications' : `${view.chrome.settings.shortName} Publications`}</a>}
        intro={intro} breadcrumbs={[HOME_CRUMB, PUBLICATIONS_CRUMB, { label: series.name }]}
        publications={publications} seriesById={new Map(allSeries.map((s) => [s.id, s]))} basePath={`/publications/${series.slug}`}
        showsSeries={false} feed={{ scope: { kind: 'series', slug: series.slug }, title: series.name }}
        aside={<SeriesNav series={allSeries} currentSlug={series.slug} instituteLabel={`${view.chrome.settings.shortName} Publications`} />} />
    ));
  });

  site.get('/publications/:series/:handle', async (c) => {
    const request = pageRequest(c, runtime);
    const [view, lookup] = await Promise.all([
      request.loadSite(),
      getPublicationPage(request.ctx, { seriesSlug: c.req.param('series'), handle: c.req.param('handle') }),
    ]);
    // An old handle (code only, former slug, former series) answers with the canonical address.
    if (lookup.kind === 'moved') return c.redirect(`/publications/${lookup.seriesSlug}/${lookup.handle}`, 301);
    const { data } = lookup;
    const { publication } = data;
    const pdfRecord = await findPublicationPdf(request.ctx, publication);
    const pdf = pdfRecord ? { url: `/publications/${data.series.slug}/${c.req.param('handle')}.pdf`, sizeBytes: pdfRecord.sizeBytes, fileName: pdfFileName(publication) } : null;
    request.pageTags
      .add(tags.publication(publication.id), tags.publicationPdf(publication.id), tags.series(data.series.id))
      .add(...data.terms.map((t) => tags.term(t.id)), ...data.units.map((u) => tags.unit(u.id)))
      .add(...publication.authors.flatMap((a) => (a.personId ? [tags.person(a.personId)] : [])))
      .addPublications([...data.moreInSeries, ...data.moreByAuthors], { showsBylines: false });
    return htmlResponse(c, <PublicationPage site={view} data={data} pdf={pdf} />);
  });
}
