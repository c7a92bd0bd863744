import type { Child, FC } from 'hono/jsx';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { listHref, type ListPage, type ListQuery } from '../list-query.js';

/**
 * The list-screen toolkit: search box, filter selects, sortable column
 * headers, result count, pagination and an empty state, all plain links
 * and GET forms (they work without JavaScript; the URL is the state, so a
 * filtered list can be bookmarked or shared).
 *
 * A screen parses the query, gets one page of rows and renders:
 *
 *   const query = parseListQuery(c.req.query(), { sorts: ['name', 'code'], filters: { group: ['institute', 'external'] } });
 *   const result = applyListQuery(allSeries, query, { searchText, sortValue: { name: (s) => s.name, code: (s) => s.codePrefix } });
 *   // (or a store query returning { rows, total, page, pageCount })
 *
 *   <ListTable
 *     basePath="/admin/series" query={query} result={result}
 *     noun={['series', 'series']} searchLabel="Search series"
 *     filters={[{ name: 'group', label: 'Group', options: [{ value: 'institute', label: 'Institute' }, ...] }]}
 *     columns={[
 *       { key: 'name', label: 'Name', isSortable: true, render: (s) => <a href={`/admin/series/${s.id}`}>{s.name}</a> },
 *       { key: 'code', label: 'Code', isSortable: true, class: 'nowrap', render: (s) => s.codePrefix ?? '—' },
 *     ]}
 *     empty={{ title: 'No series yet', text: 'A series groups publications and numbers them.', action: <a href="/admin/series/new">Add a series</a> }}
 *   />
 *
 * Column `key`s of sortable columns must be in the spec's `sorts`, filter
 * `name`s in its `filters`. Cell contents are JSX, escaped as usual.
 */
export interface ListColumn<T> {
  key: string;
  label: string;
  isSortable?: boolean;
  render: (row: T) => Child;
  /** Class of the header and cells, e.g. 'nowrap' or 'num'. */
  class?: string;
}

export interface ListFilter {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  /** The label of the "no filter" choice (default "Any"). */
  anyLabel?: string;
}

export interface ListEmpty {
  title: string;
  text?: string;
  /** A button or link, e.g. "Add the first series"; shown only when nothing exists (not when a search finds nothing). */
  action?: Child;
}

export interface ListTableProps<T> {
  basePath: string;
  query: ListQuery;
  result: ListPage<T>;
  columns: ListColumn<T>[];
  filters?: ListFilter[];
  /** Label of the search box; left out: no search box. */
  searchLabel?: string;
  /** Singular and plural for the count: ['person', 'people']. */
  noun: [string, string];
  empty: ListEmpty;
  rowClass?: (row: T) => string | undefined;
}

export function ListTable<T>(props: ListTableProps<T>): JSX.Element {
  const { query, result } = props;
  const isNarrowed = query.q !== '' || Object.keys(query.filters).length > 0;
  return (
    <div class="list-screen">
      {props.searchLabel || props.filters?.length ? (
        <ListToolbar basePath={props.basePath} query={query} filters={props.filters ?? []} searchLabel={props.searchLabel} isNarrowed={isNarrowed} />
      ) : null}
      <div class="panel table-panel">
        <ResultCount total={result.total} page={result.page} pageSize={query.pageSize} noun={props.noun} isNarrowed={isNarrowed} />
        {result.total === 0 ? (
          <EmptyState empty={props.empty} isNarrowed={isNarrowed} clearHref={props.basePath} />
        ) : (
          <table class="data-table list-table">
            <thead>
              <tr>{props.columns.map((col) => <SortHeader basePath={props.basePath} query={query} column={col} />)}</tr>
            </thead>
            <tbody>
              {result.rows.map((row) => (
                <tr class={props.rowClass?.(row)}>{props.columns.map((col) => <td class={col.class}>{col.render(row)}</td>)}</tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <Pagination basePath={props.basePath} query={query} page={result.page} pageCount={result.pageCount} />
    </div>
  );
}

export const ListToolbar: FC<{ basePath: string; query: ListQuery; filters: ListFilter[]; searchLabel?: string | undefined; isNarrowed: boolean }> = (p) => (
  <form method="get" action={p.basePath} class="list-toolbar" role="search">
    {p.searchLabel ? (
      <div class="field list-search">
        <label for="list-q">{p.searchLabel}</label>
        <input id="list-q" name="q" type="search" value={p.query.q} maxlength={200} />
      </div>
    ) : null}
    {p.filters.map((f) => (
      <div class="field list-filter">
        <label for={`list-${f.name}`}>{f.label}</label>
        <select id={`list-${f.name}`} name={f.name}>
          <option value="">{f.anyLabel ?? 'Any'}</option>
          {f.options.map((o) => <option value={o.value} selected={p.query.filters[f.name] === o.value}>{o.label}</option>)}
        </select>
      </div>
    ))}
    <input type="hidden" name="sort" value={p.query.sort} />
    <input type="hidden" name="dir" value={p.query.dir} />
    <div class="list-toolbar-actions">
      <button type="submit" class="button button-secondary">{p.searchLabel ? 'Search' : 'Apply'}</button>
      {p.isNarrowed ? <a href={p.basePath} class="subtle-link">Clear</a> : null}
    </div>
  </form>
);

/** A header that sorts by its column: ascending first, the other way when already sorted by it. */
export function SortHeader<T>({ basePath, query, column }: { basePath: string; query: ListQuery; column: ListColumn<T> }): JSX.Element {
  if (!column.isSortable) return <th scope="col" class={column.class}>{column.label}</th>;
  const isCurrent = query.sort === column.key;
  const nextDir = isCurrent && query.dir === 'asc' ? 'desc' : 'asc';
  const ariaSort = isCurrent ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined;
  const arrow = isCurrent ? (query.dir === 'asc' ? '▲' : '▼') : '';
  return (
    <th scope="col" class={column.class} aria-sort={ariaSort}>
      <a href={listHref(basePath, query, { sort: column.key, dir: nextDir, page: 1 })} class={isCurrent ? 'sort-link is-sorted' : 'sort-link'}>
        {column.label}
        <span class="sort-arrow" aria-hidden="true">{arrow}</span>
        <span class="visually-hidden">{isCurrent ? ` (sorted ${ariaSort}; select to reverse)` : ' (select to sort)'}</span>
      </a>
    </th>
  );
}

export const ResultCount: FC<{ total: number; page: number; pageSize: number; noun: [string, string]; isNarrowed: boolean }> = (p) => {
  const word = p.total === 1 ? p.noun[0] : p.noun[1];
  const first = (p.page - 1) * p.pageSize + 1;
  const last = Math.min(p.total, p.page * p.pageSize);
  const range = p.total > p.pageSize ? `, showing ${first}–${last}` : '';
  return <p class="result-count" role="status">{`${p.total} ${word}${p.isNarrowed ? ' found' : ''}${range}`}</p>;
};

export const EmptyState: FC<{ empty: ListEmpty; isNarrowed: boolean; clearHref: string }> = ({ empty, isNarrowed, clearHref }) => (
  <div class="empty-state">
    {isNarrowed ? (
      <>
        <p class="empty-title">Nothing matches this search.</p>
        <p><a href={clearHref}>Show everything</a> or try other words.</p>
      </>
    ) : (
      <>
        <p class="empty-title">{empty.title}</p>
        {empty.text ? <p>{empty.text}</p> : null}
        {empty.action ? <p>{empty.action}</p> : null}
      </>
    )}
  </div>
);

/** Page numbers near the current page, the first and the last; gaps shown as an ellipsis. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - (sorted[i - 1] as number) > 1) out.push(null);
    out.push(n);
  });
  return out;
}

export const Pagination: FC<{ basePath: string; query: ListQuery; page: number; pageCount: number }> = ({ basePath, query, page, pageCount }) => {
  if (pageCount <= 1) return null;
  const href = (n: number) => listHref(basePath, query, { page: n });
  return (
    <nav class="pagination" aria-label="Pages">
      {page > 1 ? <a href={href(page - 1)} rel="prev" class="page-link">Previous</a> : <span class="page-link is-disabled">Previous</span>}
      {pageWindow(page, pageCount).map((n) => n === null
        ? <span class="page-gap" aria-hidden="true">…</span>
        : n === page
          ? <span class="page-link is-current" aria-current="page">{String(n)}</span>
          : <a href={href(n)} class="page-link">{String(n)}</a>)}
      {page < pageCount ? <a href={href(page + 1)} rel="next" class="page-link">Next</a> : <span class="page-link is-disabled">Next</span>}
    </nav>
  );
};
