import type { FC } from 'hono/jsx';
import type { ActivityItem } from '../../actions/list-recent-activity.js';
import { displayTitle, type PublicationSummary } from '../../domain/publication.js';
import { STATUSES, type PublicationStatus } from '../../domain/workflow.js';
import type { AdminPage } from '../admin-page.js';
import { formatMoment } from '../zoned-time.js';
import { AdminLayout } from './admin-layout.js';
import { STATUS_LABELS } from './workflow-panel.js';

export interface DashboardData {
  /** Publications per status (an author's: their own). */
  counts: Record<PublicationStatus, number>;
  awaitingReview: { items: PublicationSummary[]; total: number };
  scheduled: { items: PublicationSummary[]; total: number };
  /** An author's drafts (editors see review and schedule instead). */
  drafts: { items: PublicationSummary[]; total: number } | null;
  /** Latest workflow steps across the site; null for authors. */
  activity: ActivityItem[] | null;
  failedJobs: number | null;
}

const editHref = (id: string) => `/admin/publications/${id}`;

function listHref(status: PublicationStatus): string {
  return `/admin/publications?status=${status}`;
}

const authorsOf = (p: PublicationSummary) => p.authors.map((a) => a.name).join(', ');

const ItemList: FC<{ items: PublicationSummary[]; total: number; empty: string; more: string; when: (p: PublicationSummary) => string }> = ({ items, total, empty, more, when }) => (
  items.length === 0 ? <p class="muted dash-empty">{empty}</p> : (
    <>
      <ul class="dash-list">
        {items.map((p) => (
          <li>
            <a href={editHref(p.id)} class="dash-item-title">{displayTitle(p)}</a>
            <span class="dash-item-meta">{authorsOf(p) || 'No author yet'} · {when(p)}</span>
          </li>
        ))}
      </ul>
      {total > items.length ? <p class="dash-more"><a href={more} class="subtle-link">All {total}</a></p> : null}
    </>
  )
);

function stepText(a: ActivityItem, zone: string): string {
  if (a.fromStatus === null) return 'created';
  if (a.toStatus === 'scheduled' && a.scheduledFor) return `scheduled for ${formatMoment(a.scheduledFor, zone)}`;
  if (a.toStatus === 'published') return 'published';
  if (a.toStatus === 'in_review') return 'submitted for review';
  if (a.toStatus === 'archived') return 'archived';
  return `moved back to ${STATUS_LABELS[a.toStatus].toLowerCase()}`;
}

/**
 * The landing page: where the work stands (counts by status), what needs
 * an editor (review queue, release times), what happened lately, and the
 * shortcuts to every screen this person may open.
 */
export const DashboardPage: FC<{ page: AdminPage; data: DashboardData }> = ({ page, data }) => {
  const shortcuts = page.nav.filter((item) => item.id !== 'dashboard');
  const isAuthor = page.actor?.role === 'author';
  return (
    <AdminLayout page={page} title={`Welcome, ${page.user?.name.split(' ')[0] ?? ''}`}
      lede={isAuthor ? `Your publications at ${page.siteName}.` : `The back office of ${page.siteName}.`}>
      {data.failedJobs ? (
        <p class="notice notice-warning" role="status">{data.failedJobs} background job{data.failedJobs === 1 ? '' : 's'} failed after every retry. Scheduled releases or PDFs may be missing.</p>
      ) : null}
      <section aria-labelledby="dash-status-title">
        <h2 id="dash-status-title" class="visually-hidden">{isAuthor ? 'Your publications by status' : 'Publications by status'}</h2>
        <ul class="dash-counts">
          {STATUSES.map((s) => (
            <li>
              <a href={listHref(s)} class={`dash-count wf-${s}`}>
                <span class="dash-count-number">{data.counts[s].toLocaleString('en-GB')}</span>
                <span class="dash-count-label">{STATUS_LABELS[s]}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <div class="dash-columns">
        {data.drafts ? (
          <section class="panel" aria-labelledby="dash-drafts">
            <h2 class="panel-title" id="dash-drafts">Your drafts</h2>
            <ItemList items={data.drafts.items} total={data.drafts.total} more={listHref('draft')} empty="No drafts. Start a new publication from the Publications screen."
              when={(p) => `edited ${formatMoment(p.updatedAt, page.timeZone)}`} />
          </section>
        ) : null}
        <section class="panel" aria-labelledby="dash-review">
          <h2 class="panel-title" id="dash-review">Awaiting review <span class="dash-badge">{data.awaitingReview.total}</span></h2>
          <ItemList items={data.awaitingReview.items} total={data.awaitingReview.total} more={listHref('in_review')}
            empty={isAuthor ? 'Nothing of yours is waiting for an editor.' : 'Nothing is waiting for review.'} when={(p) => `submitted, last edit ${formatMoment(p.updatedAt, page.timeZone)}`} />
        </section>
        <section class="panel" aria-labelledby="dash-scheduled">
          <h2 class="panel-title" id="dash-scheduled">Scheduled <span class="dash-badge">{data.scheduled.total}</span></h2>
          <ItemList items={data.scheduled.items} total={data.scheduled.total} more={listHref('scheduled')} empty="Nothing is scheduled."
            when={(p) => (p.scheduledAt ? `goes live ${formatMoment(p.scheduledAt, page.timeZone)}` : 'no time set')} />
        </section>
      </div>
      {data.activity ? (
        <section class="panel dash-activity" aria-labelledby="dash-activity">
          <h2 class="panel-title" id="dash-activity">Recent activity</h2>
          {data.activity.length === 0 ? <p class="muted dash-empty">No workflow steps yet.</p> : (
            <ul class="dash-list">
              {data.activity.map((a) => (
                <li class="dash-activity-item">
                  <span><strong>{a.actorName}</strong> {stepText(a, page.timeZone)} <a href={editHref(a.publicationId)}>{a.title}</a></span>
                  <span class="dash-item-meta"><time datetime={a.at}>{formatMoment(a.at, page.timeZone)}</time></span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <h2 class="dash-section-title">Shortcuts</h2>
      <ul class="shortcut-grid">
        {shortcuts.map((item) => (
          <li>
            <a href={item.href} class="shortcut">
              <span class="shortcut-label">{item.label}</span>
              {item.description ? <span class="shortcut-text">{item.description}</span> : null}
            </a>
          </li>
        ))}
      </ul>
    </AdminLayout>
  );
};
