import type { FC } from 'hono/jsx';
import type { FacetEntry } from '../../actions/search-facets.js';
import type { SearchItem, SearchPage as SearchPageData } from '../../actions/search-publications.js';
import type { SiteView } from '../site-view.js';
import { HOME_CRUMB } from './breadcrumbs.js';
import { InlineAuthors } from './byline.js';
import { Layout } from './layout.js';
import { pageWindow } from './pagination.js';
import { hrefOf } from './publication-list.js';
import { PublicationDate } from './publication-date.js';
import { searchHref, withParam, withoutParam, type SearchParams } from './search-params.js';

export interface SearchPageProps {
  site: SiteView;
  data: SearchPageData | null;
  /** The filters in force, as URL parameters (links keep them; the form carries them along). */
  params: SearchParams;
  /** A bad parameter's message (the page still shows the form). */
  error?: string;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;

/** One result: series, highlighted title (escaped by the index, `<mark>` only), byline, date, highlighted excerpt. */
const SearchResult: FC<{ item: SearchItem; data: SearchPageData }> = ({ item, data }) => {
  const p = item.publication;
  const series = data.reference.seriesById.get(p.seriesId);
  return (
    <li class={item.isExact ? 'publication-item search-result is-exact' : 'publication-item search-result'}>
      {series ? <p class="item-kicker"><a href={`/publications/${series.slug}`}>{series.name}</a></p> : null}
      <h2 class="item-title">
        <a href={hrefOf(p, data.reference.seriesById)}>
          {p.code ? <span class="search-code">{p.code} | </span> : null}
          <span dangerouslySetInnerHTML={{ __html: item.titleHtml }} />
        </a>
      </h2>
      <p class="item-meta">
        {p.authors.length > 0 ? <><InlineAuthors authors={p.authors} /><span class="meta-separator" aria-hidden="true"> · </span></> : null}
        <PublicationDate date={p.date} />
      </p>
      {item.snippetHtml ? <p class="item-synopsis search-snippet" dangerouslySetInnerHTML={{ __html: item.snippetHtml }} /> : null}
    </li>
  );
};

/** A facet: each value a link that adds (or, when chosen, removes) it as a filter; counts follow the query. */
const FacetList: FC<{ title: string; param: string; entries: FacetEntry[]; params: SearchParams }> = ({ title, param, entries, params }) => {
  if (entries.length === 0) return null;
  return (
    <section class="search-facet" aria-labelledby={`facet-${param}`}>
      <h2 id={`facet-${param}`}>{title}</h2>
      <ul>
        {entries.map((entry) => {
          const href = searchHref(entry.isSelected ? withoutParam(params, param, entry.value) : withParam(params, param, entry.value));
          return (
            <li class={entry.isSelected ? 'is-selected' : undefined}>
              <a href={href} aria-current={entry.isSelected ? 'true' : undefined}>
                <span class="facet-label">{entry.label}</span>
                <span class="facet-count"><span class="visually-hidden">: </span>{entry.count.toLocaleString('en-GB')}</span>
                {entry.isSelected ? <span class="visually-hidden"> (selected; follow to remove)</span> : null}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
};

const SearchPager: FC<{ data: SearchPageData; params: SearchParams }> = ({ data, params }) => {
  if (data.pageCount <= 1) return null;
  const to = (page: number) => searchHref(withParam(withoutParam(params, 'page'), 'page', page > 1 ? String(page) : ''));
  return (
    <nav class="pagination" aria-label="Pagination">
      <p class="pagination-status">Page {data.page} of {data.pageCount}</p>
      <ul>
        {data.page > 1 ? <li><a class="pagination-step" href={to(data.page - 1)} rel="prev">← Previous<span class="visually-hidden"> page</span></a></li> : null}
        {pageWindow(data.page, data.pageCount).map((n) => n === null
          ? <li class="pagination-gap" aria-hidden="true">…</li>
          : <li>{n === data.page
            ? <span class="pagination-current" aria-current="page"><span class="visually-hidden">Page </span>{n}</span>
            : <a href={to(n)}><span class="visually-hidden">Page </span>{n}</a>}</li>)}
        {data.page < data.pageCount ? <li><a class="pagination-step" href={to(data.page + 1)} rel="next">Next<span class="visually-hidden"> page</span> →</a></li> : null}
      </ul>
    </nav>
  );
};

/** Sort choice as two links: the page works the same without the script. */
const SortLinks: FC<{ data: SearchPageData; params: SearchParams }> = ({ data, params }) => {
  const base = withoutParam(withoutParam(params, 'sort'), 'page');
  const options: [string, string, string][] = [['relevance', 'Relevance', searchHref(base)], ['date', 'Newest first', searchHref(withParam(base, 'sort', 'date'))]];
  return (
    <p class="search-sort">
      <span>Sort by </span>
      {options.map(([value, label, href], i) => (
        <>
          {i > 0 ? <span aria-hidden="true"> · </span> : null}
          {data.sort === value ? <strong aria-current="true">{label}</strong> : <a href={href}>{label}</a>}
        </>
      ))}
    </p>
  );
};

/** /search: the form, results with highlights, facets that narrow and recount, sort and pages. */
export const SearchPage: FC<SearchPageProps> = ({ site, data, params, error }) => {
  const q = params.get('q')?.[0] ?? '';
  const hidden = [...params.entries()].flatMap(([name, values]) => (name === 'q' || name === 'page' ? [] : values.map((value) => ({ name, value }))));
  const hasFilters = hidden.some((h) => h.name !== 'sort');
  const title = q ? `Search: ${q}` : 'Search';
  return (
    <Layout site={site} title={title} breadcrumbs={[HOME_CRUMB, { label: 'Search' }]}
      head={<><meta name="robots" content="noindex, follow" /><link rel="stylesheet" href={site.assets.searchCss} /><script src={site.assets.searchJs} defer></script></>}>
      <div class="listing-layout container has-aside search-layout">
        <div class="listing-main">
          <header class="page-header">
            <h1>Search</h1>
            <form class="search-form" role="search" action="/search" method="get" data-search-form>
              <label for="search-q">Search the publications</label>
              <div class="search-form-row">
                <input id="search-q" name="q" type="search" value={q} maxlength={500} autocomplete="off" spellcheck={false}
                  aria-describedby="search-help" data-search-input />
                {hidden.map((h) => <input type="hidden" name={h.name} value={h.value} />)}
                <button type="submit">Search</button>
              </div>
              <p id="search-help" class="search-help">Words must all appear. Use "quotes" for a phrase, -word to leave a word out; a series code (e.g. IP24112) goes to that publication.</p>
            </form>
            {error ? <p class="search-error" role="alert">{error}</p> : null}
            {data ? (
              <div class="search-status">
                <p class="listing-count" aria-live="polite" data-search-count>
                  {data.total === 0 ? 'No publications found' : plural(data.total, 'publication')}
                  {/* A query that brings its own quotation marks ("south china sea") is shown as typed, not quoted again. */}
                  {q ? <> for {/["“”]/.test(q) ? q : <q>{q}</q>}</> : null}
                  {data.pageCount > 1 ? `, page ${data.page} of ${data.pageCount}` : ''}
                </p>
                {hasFilters ? <p class="search-clear"><a href={searchHref(new Map(q ? [['q', [q]]] : []))}>Clear all filters</a></p> : null}
                {data.total > 1 && data.items.length > 0 ? <SortLinks data={data} params={params} /> : null}
              </div>
            ) : null}
          </header>
          {data && data.items.length > 0 ? (
            <ol class="publication-list search-results" data-search-results>
              {data.items.map((item) => <SearchResult item={item} data={data} />)}
            </ol>
          ) : data ? (
            <p class="empty-note" data-search-results>Nothing matches{hasFilters ? ' with these filters' : ''}. Try fewer or other words{hasFilters ? ', or clear the filters' : ''}.</p>
          ) : null}
          {data ? <SearchPager data={data} params={params} /> : null}
        </div>
        {data && data.total > 0 ? (
          <aside class="listing-aside search-facets" aria-label="Narrow the results">
            <FacetList title="Series" param="series" entries={data.facets.series} params={params} />
            {data.facets.taxonomies.map((t) => <FacetList title={t.name} param={t.slug} entries={t.entries} params={params} />)}
            <FacetList title="Research unit" param="unit" entries={data.facets.unit} params={params} />
            <FacetList title="Author" param="author" entries={data.facets.author} params={params} />
            <FacetList title="Year" param="year" entries={data.facets.year} params={params} />
          </aside>
        ) : null}
      </div>
    </Layout>
  );
};
