import type { Hono } from 'hono';
import { listResearchUnits } from '../../actions/list-research-units.js';
import { saveUnit } from '../../actions/save-unit.js';
import type { ActionContext } from '../../actions/action-context.js';
import { notFound } from '../../domain/errors.js';
import type { Unit, UnitKind } from '../../domain/unit.js';
import { actionContext, type AdminContext, type AdminEnv, type AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin } from '../admin-page.js';
import { readForm } from '../form-data.js';
import { applyListQuery, parseListQuery } from '../list-query.js';
import { requirePermission } from '../require-permission.js';
import { intOr, saveOrShowAgain, textOrNull, type EditState } from '../structure-form.js';
import { selfAndDescendants, treeOrder } from '../tree-order.js';
import { UnitFormPage, UnitsListPage, type UnitRow } from '../views/units-pages.js';

const KIND_RANK = { centre: 0, programme: 1, other: 2 } as const;
const kindRank = (u: Unit) => KIND_RANK[u.kind];

async function allUnits(ctx: ActionContext): Promise<Unit[]> {
  const index = await listResearchUnits(ctx);
  return [...index.centres, ...index.programmes, ...index.other];
}

function unitInput(form: Record<string, string>) {
  return {
    name: form.name ?? '', acronym: form.acronym ?? '', slug: form.slug ?? '', kind: (form.kind ?? '') as UnitKind,
    parent: textOrNull(form.parent), activeFrom: intOr(form.activeFrom, null), activeTo: intOr(form.activeTo, null),
    description: form.description ?? '', position: intOr(form.position, 0),
  };
}

/** Research units (editors and admins): the centres-and-programmes tree, add, edit, move under another unit. */
export function registerUnitsScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  runtime.nav.add({ id: 'units', label: 'Research units', href: '/admin/units', section: 'content', permission: 'structure.edit', description: 'Centres and programmes' });
  const guard = requirePermission('structure.edit');

  const showForm = async (c: AdminContext, unitId: string | null, state: EditState = {}, status: 200 | 400 | 409 = 200) => {
    const units = await allUnits(actionContext(c, runtime));
    const unit = unitId ? units.find((u) => u.id === unitId) : undefined;
    if (unitId && !unit) throw notFound('This research unit');
    // A unit cannot move under itself or under one of its own programmes.
    const excluded = unit ? selfAndDescendants(units, unit.id) : new Set<string>();
    const parents = treeOrder(units, (u) => u.name, kindRank).filter((r) => !excluded.has(r.item.id)).map((r) => ({ unit: r.item, depth: r.depth }));
    return renderAdmin(c, <UnitFormPage page={await loadAdminPage(c, runtime)} unit={unit} parents={parents} state={state} />, status);
  };

  admin.get('/units', guard, async (c) => {
    const query = parseListQuery(c.req.query(), {
      sorts: ['tree', 'acronym', 'kind', 'position'],
      filters: { kind: ['centre', 'programme', 'other'] },
    });
    const units = await allUnits(actionContext(c, runtime));
    const byId = new Map(units.map((u) => [u.id, u]));
    const rows: UnitRow[] = treeOrder(units, (u) => u.name, kindRank).map(({ item, depth, index }) => ({
      unit: item, depth, index, parentName: item.parentId ? byId.get(item.parentId)?.name ?? null : null,
    }));
    const result = applyListQuery(rows, query, {
      searchText: (r) => `${r.unit.name} ${r.unit.acronym} ${r.unit.slug} ${r.unit.description}`,
      // "tree" ascending is the tree itself; descending is the tree read bottom-up.
      sortValue: { tree: (r) => r.index, acronym: (r) => r.unit.acronym, kind: (r) => r.unit.kind, position: (r) => r.unit.position },
      filter: { kind: (r, v) => r.unit.kind === v },
    });
    return renderAdmin(c, <UnitsListPage page={await loadAdminPage(c, runtime)} query={query} result={result} />);
  });

  admin.get('/units/new', guard, (c) => showForm(c, null));

  admin.post('/units', guard, async (c) => {
    const form = await readForm(c);
    return saveOrShowAgain(c, form, () => saveUnit(actionContext(c, runtime), unitInput(form)),
      (saved) => c.redirect(`/admin/units/${saved.id}?notice=saved`, 303),
      (state, status) => showForm(c, null, state, status as 400));
  });

  admin.get('/units/:id', guard, (c) => showForm(c, c.req.param('id')));

  admin.post('/units/:id', guard, async (c) => {
    const ctx = actionContext(c, runtime);
    const form = await readForm(c);
    const unit = (await allUnits(ctx)).find((u) => u.id === c.req.param('id'));
    if (!unit) throw notFound('This research unit');
    return saveOrShowAgain(c, form, () => saveUnit(ctx, { id: unit.id, ...unitInput(form) }),
      (saved) => c.redirect(`/admin/units/${saved.id}?notice=saved`, 303),
      (state, status) => showForm(c, unit.id, state, status as 400));
  });
}
