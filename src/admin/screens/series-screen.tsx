import type { Hono } from 'hono';
import { listResearchUnits } from '../../actions/list-research-units.js';
import { listSeries } from '../../actions/list-series.js';
import { saveSeries } from '../../actions/save-series.js';
import type { ActionContext } from '../../actions/action-context.js';
import { notFound } from '../../domain/errors.js';
import type { Series } from '../../domain/series.js';
import { actionContext, type AdminEnv, type AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin } from '../admin-page.js';
import { readForm } from '../form-data.js';
import { applyListQuery, parseListQuery } from '../list-query.js';
import { requirePermission } from '../require-permission.js';
import { intOr, saveOrShowAgain, textOrNull } from '../structure-form.js';
import { codeExample, SeriesFormPage, SeriesListPage } from '../views/series-pages.js';

async function allUnits(ctx: ActionContext) {
  const index = await listResearchUnits(ctx);
  return [...index.centres, ...index.programmes, ...index.other];
}

async function findSeries(ctx: ActionContext, id: string): Promise<Series> {
  const series = (await listSeries(ctx)).find((s) => s.id === id);
  if (!series) throw notFound('This series');
  return series;
}

function seriesInput(form: Record<string, string>) {
  return {
    name: form.name ?? '', slug: form.slug ?? '', group: form.group as 'institute', codePrefix: textOrNull(form.codePrefix),
    numbering: form.numbering as 'yearly', datePrecision: form.datePrecision as 'day', unit: textOrNull(form.unit),
    description: form.description ?? '', position: intOr(form.position, 0),
  };
}

/** Series (editors and admins): list with search and filters, add, edit. */
export function registerSeriesScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  runtime.nav.add({ id: 'series', label: 'Series', href: '/admin/series', section: 'content', permission: 'structure.edit', description: 'Publication series and their codes' });
  const guard = requirePermission('structure.edit');

  admin.get('/series', guard, async (c) => {
    const ctx = actionContext(c, runtime);
    const query = parseListQuery(c.req.query(), {
      sorts: ['position', 'name', 'code', 'group', 'unit'],
      filters: { group: ['institute', 'external'], numbering: ['yearly', 'running', 'none'] },
    });
    const [series, units] = await Promise.all([listSeries(ctx), allUnits(ctx)]);
    const unitById = new Map(units.map((u) => [u.id, u]));
    const result = applyListQuery(series, query, {
      searchText: (s) => `${s.name} ${s.slug} ${s.codePrefix ?? ''} ${s.description}`,
      sortValue: {
        // The institute's order: its own series first, then external ones, each by position.
        position: (s) => (s.group === 'institute' ? 0 : 1e6) + s.position, name: (s) => s.name, code: (s) => codeExample(s), group: (s) => s.group,
        unit: (s) => (s.unitId ? unitById.get(s.unitId)?.name ?? null : null),
      },
      filter: { group: (s, v) => s.group === v, numbering: (s, v) => s.numbering === v },
    });
    return renderAdmin(c, <SeriesListPage page={await loadAdminPage(c, runtime)} query={query} result={result} units={unitById} />);
  });

  admin.get('/series/new', guard, async (c) => {
    const units = await allUnits(actionContext(c, runtime));
    return renderAdmin(c, <SeriesFormPage page={await loadAdminPage(c, runtime)} units={units} />);
  });

  admin.post('/series', guard, async (c) => {
    const ctx = actionContext(c, runtime);
    const form = await readForm(c);
    return saveOrShowAgain(c, form, () => saveSeries(ctx, seriesInput(form)),
      (saved) => c.redirect(`/admin/series/${saved.id}?notice=saved`, 303),
      async (state, status) => renderAdmin(c, <SeriesFormPage page={await loadAdminPage(c, runtime)} units={await allUnits(ctx)} state={state} />, status));
  });

  admin.get('/series/:id', guard, async (c) => {
    const ctx = actionContext(c, runtime);
    const [series, units] = await Promise.all([findSeries(ctx, c.req.param('id')), allUnits(ctx)]);
    return renderAdmin(c, <SeriesFormPage page={await loadAdminPage(c, runtime)} series={series} units={units} />);
  });

  admin.post('/series/:id', guard, async (c) => {
    const ctx = actionContext(c, runtime);
    const form = await readForm(c);
    const series = await findSeries(ctx, c.req.param('id'));
    return saveOrShowAgain(c, form, () => saveSeries(ctx, { id: series.id, ...seriesInput(form) }),
      (saved) => c.redirect(`/admin/series/${saved.id}?notice=saved`, 303),
      async (state, status) => renderAdmin(c, <SeriesFormPage page={await loadAdminPage(c, runtime)} series={series} units={await allUnits(ctx)} state={state} />, status));
  });
}
