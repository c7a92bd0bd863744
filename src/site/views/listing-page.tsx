import type { Child, FC } from 'hono/jsx';
import type { FeedScope } from '../../actions/list-feed-items.js';
import type { PublicationPage as PublicationPageData } from '../../actions/list-publications.js';
import type { Series } from '../../domain/series.js';
import type { SiteView } from '../site-view.js';
import type { Crumb } from './breadcrumbs.js';
import { FeedAlternateLinks, FeedSubscribe } from './discovery-head.js';
import { Layout } from './layout.js';
import { Pagination, pageCount } from './pagination.js';
import { PublicationList } from './publication-list.js';

export interface ListingPageProps {
  site: SiteView;
  title: string;
  /** Printed under the heading: kicker, description, facts. */
  intro?: Child;
  kicker?: Child;
  description?: string;
  breadcrumbs: Crumb[];
  publications: PublicationPageData;
  seriesById: Map<string, Series>;
  basePath: string;
  showsSeries?: boolean;
  aside?: Child;
  emptyText?: string;
  /** The feed that follows this listing: advertised in the head, offered under the heading. */
  feed?: { scope: FeedScope; title: string };
}

/** A paginated list of publications under a heading: all publications, a series, a theme or region. */
export const ListingPage: FC<ListingPageProps> = (props) => {
  const { site, title, intro, kicker, description, breadcrumbs, publications, seriesById, basePath, showsSeries, aside, emptyText, feed } = props;
  const { page, pageSize, total } = publications;
  const pages = pageCount(total, pageSize);
  const heading = page > 1 ? `${title} (page ${page} of ${pages})` : title;
  return (
    <Layout site={site} title={heading} description={description} breadcrumbs={breadcrumbs}
      head={feed && feed.scope.kind !== 'site' ? <FeedAlternateLinks scope={feed.scope} title={feed.title} /> : undefined}>
      <div class={aside ? 'listing-layout container has-aside' : 'listing-layout container'}>
        <div class="listing-main">
          <header class="page-header">
            {kicker ? <p class="kicker">{kicker}</p> : null}
            <h1>{title}</h1>
            {intro}
            <p class="listing-count">{total === 1 ? '1 publication' : `${total} publications`}{pages > 1 ? `, page ${page} of ${pages}` : ''}</p>
            {feed ? <FeedSubscribe scope={feed.scope} label={feed.title} /> : null}
          </header>
          <PublicationList items={publications.items} seriesById={seriesById} showsSeries={showsSeries ?? true} emptyText={emptyText} />
          <Pagination page={page} pageSize={pageSize} total={total} basePath={basePath} />
        </div>
        {aside ? <aside class="listing-aside">{aside}</aside> : null}
      </div>
    </Layout>
  );
};

/** The series of the institute, then external ones: the side navigation of publication listings. */
export const SeriesNav: FC<{ series: Series[]; instituteLabel: string; currentSlug?: string }> = ({ series, instituteLabel, currentSlug }) => {
  const groups = [
    { label: instituteLabel, items: series.filter((s) => s.group === 'institute') },
    { label: 'External publications', items: series.filter((s) => s.group === 'external') },
  ].filter((g) => g.items.length > 0);
  return (
    <nav class="side-nav" aria-label="Publication series">
      {groups.map((group) => (
        <>
          <h2>{group.label}</h2>
          <ul>
            {group.items.map((s) => (
              <li>
                <a href={`/publications/${s.slug}`} aria-current={s.slug === currentSlug ? 'page' : undefined}>{s.name}</a>
              </li>
            ))}
          </ul>
        </>
      ))}
    </nav>
  );
};
