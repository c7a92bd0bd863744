import type { Hono } from 'hono';
import type { ActionContext } from '../../actions/action-context.js';
import { listEditorialPublications } from '../../actions/list-editorial-publications.js';
import { listJobs } from '../../actions/list-jobs.js';
import { listRecentActivity } from '../../actions/list-recent-activity.js';
import { can } from '../../domain/permissions.js';
import { STATUSES, type PublicationStatus } from '../../domain/workflow.js';
import { actionContext, type AdminEnv, type AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin } from '../admin-page.js';
import { requireSignedIn } from '../require-permission.js';
import { DashboardPage, type DashboardData } from '../views/dashboard-page.js';

const LIST_SIZE = 6;

/** What the dashboard shows this actor: authors their own work (the action narrows it), editors and admins all of it. */
async function loadDashboard(ctx: ActionContext): Promise<DashboardData> {
  const actor = ctx.user;
  const isEditor = can(actor, 'content.read_unpublished');
  const count = async (status: PublicationStatus) => (await listEditorialPublications(ctx, { statuses: [status], pageSize: 1 })).total;
  const [totals, review, scheduled, drafts, activity, failed] = await Promise.all([
    Promise.all(STATUSES.map(count)),
    listEditorialPublications(ctx, { statuses: ['in_review'], sort: 'updated_desc', pageSize: LIST_SIZE }),
    // The scheduled queue is short; sorted here by release time, soonest first.
    listEditorialPublications(ctx, { statuses: ['scheduled'], pageSize: 100 }),
    isEditor ? null : listEditorialPublications(ctx, { statuses: ['draft'], sort: 'updated_desc', pageSize: LIST_SIZE }),
    isEditor ? listRecentActivity(ctx, { limit: 10 }) : null,
    can(actor, 'settings.edit') ? listJobs(ctx, { statuses: ['failed'], pageSize: 1 }) : null,
  ]);
  const soonest = [...scheduled.items].sort((a, b) => (a.scheduledAt ?? '').localeCompare(b.scheduledAt ?? ''));
  return {
    counts: Object.fromEntries(STATUSES.map((s, i) => [s, totals[i] ?? 0])) as Record<PublicationStatus, number>,
    awaitingReview: { items: review.items, total: review.total },
    scheduled: { items: soonest.slice(0, LIST_SIZE), total: scheduled.total },
    drafts: drafts ? { items: drafts.items, total: drafts.total } : null,
    activity,
    failedJobs: failed ? failed.total : null,
  };
}

/** /admin: the landing page after sign-in: where the work stands, what waits, what happened, and the shortcuts. */
export function registerDashboardScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  runtime.nav.add({ id: 'dashboard', label: 'Dashboard', href: '/admin', section: 'main' });
  admin.get('/', requireSignedIn(), async (c) => {
    const data = await loadDashboard(actionContext(c, runtime));
    return renderAdmin(c, <DashboardPage page={await loadAdminPage(c, runtime)} data={data} />);
  });
}
