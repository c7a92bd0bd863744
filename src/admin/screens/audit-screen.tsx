import type { Hono } from 'hono';
import { listAuditActions, listAuditLog } from '../../actions/list-audit-log.js';
import { listUsers } from '../../actions/list-users.js';
import { invalid, type FieldIssue } from '../../domain/errors.js';
import { SYSTEM_ACTOR } from '../../domain/permissions.js';
import { actionContext, type AdminContext, type AdminEnv, type AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin } from '../admin-page.js';
import { requirePermission } from '../require-permission.js';
import { AuditLogPage, type AuditFilters } from '../views/audit-pages.js';

const PAGE_SIZE = 50;

function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** The day after `day`, at midnight UTC: the end of an inclusive "to" day. */
function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();
}

/** Filters and page from the query string; a bad value is a 400 naming the parameter. */
function readQuery(c: AdminContext): { filters: AuditFilters; page: number } {
  const filters: AuditFilters = {
    actor: (c.req.query('actor') ?? '').trim(), action: (c.req.query('action') ?? '').trim(),
    from: (c.req.query('from') ?? '').trim(), to: (c.req.query('to') ?? '').trim(),
  };
  const rawPage = c.req.query('page') ?? '1';
  const issues: FieldIssue[] = [];
  if (filters.from && !isDay(filters.from)) issues.push({ field: 'from', message: 'must be a day as YYYY-MM-DD' });
  if (filters.to && !isDay(filters.to)) issues.push({ field: 'to', message: 'must be a day as YYYY-MM-DD' });
  if (isDay(filters.from) && isDay(filters.to) && filters.from > filters.to) issues.push({ field: 'to', message: `must not be before the "from" day (${filters.from})` });
  if (!/^\d{1,6}$/.test(rawPage) || Number(rawPage) < 1) issues.push({ field: 'page', message: 'must be a whole number from 1' });
  if (issues.length) throw invalid(issues);
  return { filters, page: Number(rawPage) };
}

/** /admin/audit-log (admins): who changed what and when, filtered by who, action and a range of days. */
export function registerAuditScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  runtime.nav.add({ id: 'audit-log', label: 'Audit log', href: '/admin/audit-log', section: 'site', permission: 'users.manage', description: 'Who changed what, and when' });

  admin.get('/audit-log', requirePermission('users.manage'), async (c) => {
    const ctx = actionContext(c, runtime);
    const { filters, page } = readQuery(c);
    const [result, users, actions] = await Promise.all([
      listAuditLog(ctx, {
        ...(filters.actor ? { actorId: filters.actor } : {}),
        ...(filters.action ? { action: filters.action } : {}),
        ...(filters.from ? { since: `${filters.from}T00:00:00Z` } : {}),
        ...(filters.to ? { until: dayAfter(filters.to) } : {}),
        page, pageSize: PAGE_SIZE,
      }),
      listUsers(ctx),
      listAuditActions(ctx),
    ]);
    const actors = [...users.map((u) => ({ id: u.id, name: u.name })).sort((a, b) => a.name.localeCompare(b.name)), { id: SYSTEM_ACTOR.id, name: 'System (jobs, imports)' }];
    return renderAdmin(c, <AuditLogPage page={await loadAdminPage(c, runtime)} result={result} filters={filters} actors={actors} actions={actions} />);
  });
}
