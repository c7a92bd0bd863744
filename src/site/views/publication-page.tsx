import type { FC } from 'hono/jsx';
import type { PublicationPageData } from '../../actions/get-publication-page.js';
import { displayTitle } from '../../domain/publication.js';
import { formatPdfSize } from '../../domain/publication-pdf.js';
import type { SiteView } from '../site-view.js';
import { HOME_CRUMB, PUBLICATIONS_CRUMB } from './breadcrumbs.js';
import { BylineList } from './byline.js';
import { CategoryGroups } from './category-groups.js';
import { Layout } from './layout.js';
import { CitePanel, PublicationDoi, PublicationHead } from './publication-discovery.js';
import { PublicationDate } from './publication-date.js';
import { Prose } from './prose.js';
import { TitleList } from './publication-list.js';

/** The publication's PDF as its page links it: where, how big, under which name it saves. */
export interface PublicationPdfLink {
  url: string;
  sizeBytes: number;
  fileName: string;
}

/** Downloads of a publication: its PDF with the size, so a reader on a slow line knows. */
const PublicationActions: FC<{ pdf: PublicationPdfLink | null }> = ({ pdf }) =>
  pdf ? (
    <p class="publication-actions">
      <a class="button" href={pdf.url} download={pdf.fileName} type="application/pdf">Download PDF ({formatPdfSize(pdf.sizeBytes)})</a>
    </p>
  ) : null;

/** The publication page: everything the institute's own page shows, in its words. */
export const PublicationPage: FC<{ site: SiteView; data: PublicationPageData; pdf?: PublicationPdfLink | null }> = ({ site, data, pdf = null }) => {
  const { publication, series, terms, units, people, moreInSeries, moreByAuthors, reference } = data;
  const title = displayTitle(publication);
  const firstAuthor = people[0];
  return (
    <Layout
      site={site}
      title={title}
      description={publication.synopsis || undefined}
      ogType="article"
      head={<PublicationHead site={site} data={data} pdfUrl={pdf?.url ?? null} />}
      breadcrumbs={[HOME_CRUMB, PUBLICATIONS_CRUMB, { label: series.name, href: `/publications/${series.slug}` }, { label: title }]}
    >
      <div class="publication-layout container">
        <article class="publication" aria-labelledby="publication_title">
          <header class="publication-header">
            <p class="kicker"><a href={`/publications/${series.slug}`}>{series.name}</a></p>
            <h1 id="publication_title">{title}</h1>
            {publication.authors.length > 0 ? <BylineList authors={publication.authors} /> : null}
            <p class="publication-date"><PublicationDate date={publication.date} /></p>
            <PublicationDoi doi={publication.doi} />
            <PublicationActions pdf={pdf} />
          </header>
          {publication.synopsis ? (
            <section class="synopsis" aria-labelledby="synopsis_label">
              <h2 id="synopsis_label" class="section-label">SYNOPSIS</h2>
              <p>{publication.synopsis}</p>
            </section>
          ) : null}
          <section class="commentary" aria-labelledby="commentary_label">
            <h2 id="commentary_label" class="section-label">COMMENTARY</h2>
            <Prose html={publication.bodyHtml} />
          </section>
          {publication.bioHtml ? (
            <section class="author-bio" aria-label={publication.authors.length > 1 ? 'About the authors' : 'About the author'}>
              <div dangerouslySetInnerHTML={{ __html: publication.bioHtml }} />
            </section>
          ) : null}
          <CategoryGroups series={series} terms={terms} taxonomies={reference.taxonomies} units={units} />
          <CitePanel site={site} data={data} />
        </article>
        {moreInSeries.length > 0 || (firstAuthor && moreByAuthors.length > 0) ? (
          <aside class="related" aria-label="Related publications">
            {moreInSeries.length > 0 ? (
              <section aria-labelledby="more_series">
                <h2 id="more_series">More from {series.name}</h2>
                <TitleList items={moreInSeries} seriesById={reference.seriesById} />
                <p class="more-link"><a href={`/publications/${series.slug}`}>All {series.name}</a></p>
              </section>
            ) : null}
            {firstAuthor && moreByAuthors.length > 0 ? (
              <section aria-labelledby="more_author">
                <h2 id="more_author">More by {firstAuthor.name}</h2>
                <TitleList items={moreByAuthors} seriesById={reference.seriesById} />
                <p class="more-link"><a href={`/people/${firstAuthor.slug}`}>Profile of {firstAuthor.name}</a></p>
              </section>
            ) : null}
          </aside>
        ) : null}
      </div>
    </Layout>
  );
};
