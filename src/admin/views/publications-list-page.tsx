import type { FC } from 'hono/jsx';
import type { PublicationSummary } from '../../domain/publication.js';
import type { Series } from '../../domain/series.js';
import { STATUSES } from '../../domain/workflow.js';
import type { AdminPage } from '../admin-page.js';
import type { ListPage, ListQuery } from '../list-query.js';
import { AdminLayout } from './admin-layout.js';
import { ListTable } from './list-table.js';
import { STATUS_LABELS, StatusBadge } from './workflow-panel.js';

export interface PublicationsListProps {
  page: AdminPage;
  query: ListQuery;
  result: ListPage<PublicationSummary>;
  series: Series[];
  /** Authors see their own work only; the heading says so. */
  isOwnOnly: boolean;
  /** The versioned URL of publications.css. */
  stylesheet: string;
}

const formatDay = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `2024-12-30` or `2024-12`, as stored: readable without guessing a day. */
function formatStoredDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const when = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return when.toLocaleDateString('en-GB', { ...(day ? { day: 'numeric' } : {}), month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function byline(item: PublicationSummary): string {
  const names = item.authors.map((a) => a.name);
  if (names.length <= 2) return names.join(' and ');
  return `${names[0]} and ${names.length - 1} others`;
}

/** The publications list: every status, searchable by title or code, filtered by status and series. */
export const PublicationsListPage: FC<PublicationsListProps> = ({ page, query, result, series, isOwnOnly, stylesheet }) => {
  const seriesById = new Map(series.map((s) => [s.id, s]));
  return (
    <AdminLayout
      page={page} title="Publications"
      lede={isOwnOnly ? 'Your publications: drafts you are writing, and what you submitted.' : 'Everything the institute publishes, in every state of the workflow.'}
      actions={<a href="/admin/publications/new" class="button button-primary">New publication</a>}
    >
      <link rel="stylesheet" href={stylesheet} />
      <ListTable
        basePath="/admin/publications" query={query} result={result}
        noun={['publication', 'publications']} searchLabel="Search titles and codes"
        filters={[
          { name: 'status', label: 'Status', options: STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })), anyLabel: 'Any status' },
          { name: 'series', label: 'Series', options: series.map((s) => ({ value: s.slug, label: s.name })), anyLabel: 'All series' },
        ]}
        columns={[
          {
            key: 'title', label: 'Title', isSortable: true, class: 'pub-title-cell',
            render: (p) => (
              <>
                <a href={`/admin/publications/${p.id}`} class="row-link">{p.title}</a>
                {p.authors.length ? <span class="row-sub">{byline(p)}</span> : null}
              </>
            ),
          },
          { key: 'code', label: 'Code', class: 'nowrap', render: (p) => p.code ?? <span class="muted">—</span> },
          { key: 'series', label: 'Series', render: (p) => seriesById.get(p.seriesId)?.name ?? '—' },
          { key: 'status', label: 'Status', class: 'nowrap', render: (p) => <StatusBadge status={p.status} /> },
          { key: 'date', label: 'Date', isSortable: true, class: 'nowrap', render: (p) => formatStoredDate(p.date) },
          { key: 'updated', label: 'Updated', isSortable: true, class: 'nowrap', render: (p) => formatDay(p.updatedAt) },
        ]}
        empty={{
          title: isOwnOnly ? 'You have no publications yet' : 'No publications yet',
          text: 'Start a draft: it stays private until an editor publishes it.',
          action: <a href="/admin/publications/new" class="button button-primary">Write a publication</a>,
        }}
      />
    </AdminLayout>
  );
};
