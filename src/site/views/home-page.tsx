import type { FC } from 'hono/jsx';
import type { HomePage as HomeData } from '../../actions/get-home-page.js';
import { displayTitle, type PublicationSummary } from '../../domain/publication.js';
import type { Series } from '../../domain/series.js';
import type { SiteView } from '../site-view.js';
import { InlineAuthors } from './byline.js';
import { Layout } from './layout.js';
import { HomeHead } from './page-discovery.js';
import { PublicationDate } from './publication-date.js';
import { hrefOf, PublicationList, shorten } from './publication-list.js';

const FeatureCard: FC<{ item: PublicationSummary; seriesById: Map<string, Series>; isLead: boolean }> = ({ item, seriesById, isLead }) => {
  const series = seriesById.get(item.seriesId);
  return (
    <article class={isLead ? 'feature feature-lead' : 'feature'}>
      {series ? <p class="item-kicker"><a href={`/publications/${series.slug}`}>{series.name}</a></p> : null}
      <h3 class="feature-title"><a href={hrefOf(item, seriesById)}>{displayTitle(item)}</a></h3>
      <p class="item-meta">
        {item.authors.length > 0 ? <><InlineAuthors authors={item.authors} /><span class="meta-separator" aria-hidden="true"> · </span></> : null}
        <PublicationDate date={item.date} />
      </p>
      {item.synopsis ? <p class="feature-synopsis">{isLead ? item.synopsis : shorten(item.synopsis, 180)}</p> : null}
    </article>
  );
};

/** Home: featured publications, the latest ones, and the latest of each institute series. */
export const HomePage: FC<{ site: SiteView; data: HomeData }> = ({ site, data }) => {
  const { settings } = site.chrome;
  const { seriesById } = data.reference;
  return (
    <Layout site={site} title={settings.name} description={settings.tagline || undefined} head={<HomeHead site={site} />}>
      <div class="container">
        <h1 class="visually-hidden">{settings.name}</h1>
        {data.featured.length > 0 ? (
          <section class="home-featured" aria-labelledby="home_featured">
            <h2 id="home_featured" class="band-heading">Featured</h2>
            <div class="feature-grid">
              {data.featured.map((item, i) => <FeatureCard item={item} seriesById={seriesById} isLead={i === 0} />)}
            </div>
          </section>
        ) : null}
        <section class="home-latest" aria-labelledby="home_latest">
          <h2 id="home_latest" class="band-heading">Latest publications</h2>
          <PublicationList items={data.latest} seriesById={seriesById} headingLevel={3} variant="grid" />
          <p class="more-link"><a href="/publications">All publications</a></p>
        </section>
        {data.bySeries.length > 0 ? (
          <section class="home-series" aria-labelledby="home_series">
            <h2 id="home_series" class="band-heading">From the series</h2>
            <div class="series-grid">
              {data.bySeries.map(({ series, items }) => (
                <section class="series-block" aria-labelledby={`home_series_${series.slug}`}>
                  <h3 id={`home_series_${series.slug}`}><a href={`/publications/${series.slug}`}>{series.name}</a></h3>
                  <ul class="title-list">
                    {items.map((item) => (
                      <li>
                        <a href={hrefOf(item, seriesById)}>{displayTitle(item)}</a>
                        <PublicationDate class="title-list-date" date={item.date} />
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          </section>
        ) : null}
      </div>
    </Layout>
  );
};
