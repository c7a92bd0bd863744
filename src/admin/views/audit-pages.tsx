import type { FC } from 'hono/jsx';
import type { AuditPage } from '../../actions/list-audit-log.js';
import type { AuditEntry } from '../../domain/audit-entry.js';
import type { AdminPage } from '../admin-page.js';
import { formatMoment } from '../zoned-time.js';
import { AdminLayout } from './admin-layout.js';

export interface AuditFilters {
  actor: string;
  action: string;
  /** `YYYY-MM-DD` (UTC days), '' for open. */
  from: string;
  to: string;
}

/** Where the back office shows each kind of entity; kinds without a screen of their own are not linked. */
const TARGET_HREF: Record<string, (id: string) => string> = {
  publication: (id) => `/admin/publications/${id}`,
  media: (id) => `/admin/media/${id}`,
  user: (id) => `/admin/users/${id}`,
  series: (id) => `/admin/series/${id}`,
  person: (id) => `/admin/people/${id}`,
  unit: (id) => `/admin/units/${id}`,
  page: (id) => `/admin/pages/${id}`,
  settings: () => '/admin/settings',
  menu: () => '/admin/menus',
};

export function auditHref(filters: AuditFilters, page = 1): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/admin/audit-log?${query}` : '/admin/audit-log';
}

const Target: FC<{ entry: AuditEntry }> = ({ entry }) => {
  const href = TARGET_HREF[entry.entityKind];
  const kind = entry.entityKind.replace(/[_-]/g, ' ');
  const label = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
  return href
    ? <a href={href(entry.entityId)} class="subtle-link" title={entry.entityId}>{label}<span class="visually-hidden"> {entry.entityId}</span></a>
    : <span class="muted" title={entry.entityId}>{label}</span>;
};

/** The audit log (admins): every write, newest first, filtered by who, what and when, 50 to a page. */
export const AuditLogPage: FC<{
  page: AdminPage; result: AuditPage; filters: AuditFilters; actors: { id: string; name: string }[]; actions: string[];
}> = ({ page, result, filters, actors, actions }) => {
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize));
  const isNarrowed = Object.values(filters).some(Boolean);
  return (
    <AdminLayout page={page} title="Audit log" lede="Every change made in the back office, the API, the command line and background jobs: who, what and when.">
      <form method="get" action="/admin/audit-log" class="list-toolbar audit-filters" role="search" aria-label="Filter the audit log">
        <div class="field list-filter">
          <label for="audit-actor">Who</label>
          <select id="audit-actor" name="actor">
            <option value="">Anyone</option>
            {actors.map((a) => <option value={a.id} selected={filters.actor === a.id}>{a.name}</option>)}
          </select>
        </div>
        <div class="field list-filter">
          <label for="audit-action">What</label>
          <select id="audit-action" name="action">
            <option value="">Any action</option>
            {actions.map((a) => <option value={a} selected={filters.action === a}>{a}</option>)}
          </select>
        </div>
        <div class="field list-filter">
          <label for="audit-from">From (UTC day)</label>
          <input id="audit-from" name="from" type="date" value={filters.from} />
        </div>
        <div class="field list-filter">
          <label for="audit-to">To (UTC day, included)</label>
          <input id="audit-to" name="to" type="date" value={filters.to} />
        </div>
        <div class="list-toolbar-actions">
          <button type="submit" class="button button-secondary">Apply</button>
          {isNarrowed ? <a href="/admin/audit-log" class="subtle-link">Clear</a> : null}
        </div>
      </form>
      <div class="panel table-panel">
        <p class="list-count" role="status">{result.total === 0 ? (isNarrowed ? 'No entries match these filters.' : 'Nothing has been changed yet.') : `${result.total.toLocaleString('en-GB')} entr${result.total === 1 ? 'y' : 'ies'}${pageCount > 1 ? `, page ${result.page} of ${pageCount}` : ''}`}</p>
        {result.items.length ? (
          <table class="data-table audit-table">
            <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">What happened</th><th scope="col">Target</th></tr></thead>
            <tbody>
              {result.items.map((e) => (
                <tr>
                  <td class="nowrap"><time datetime={e.at}>{formatMoment(e.at, page.timeZone)}</time></td>
                  <td class="nowrap">{e.actorName}{e.actorKind === 'system' ? <span class="muted"> (system)</span> : null}</td>
                  <td class="nowrap"><code class="audit-action">{e.action}</code></td>
                  <td>{e.summary}</td>
                  <td class="nowrap"><Target entry={e} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
      {pageCount > 1 ? (
        <nav class="pagination" aria-label="Pages">
          {result.page > 1 ? <a href={auditHref(filters, result.page - 1)} rel="prev" class="button button-secondary button-small">Newer</a> : null}
          <span class="pagination-status">Page {result.page} of {pageCount}</span>
          {result.page < pageCount ? <a href={auditHref(filters, result.page + 1)} rel="next" class="button button-secondary button-small">Older</a> : null}
        </nav>
      ) : null}
    </AdminLayout>
  );
};
