import type { FC } from 'hono/jsx';
import { UNIT_KINDS, type Unit, type UnitKind } from '../../domain/unit.js';
import type { AdminPage } from '../admin-page.js';
import type { ListPage, ListQuery } from '../list-query.js';
import type { EditState } from '../structure-form.js';
import { AdminLayout } from './admin-layout.js';
import { SelectField, TextField } from './form-parts.js';
import { ListTable } from './list-table.js';
import { EditFrame, fieldIssue, NumberField, TextAreaField } from './structure-fields.js';

export const KIND_LABELS: Record<UnitKind, string> = { centre: 'Centre', programme: 'Programme', other: 'Other unit' };

/** A unit with its place in the tree. */
export interface UnitRow {
  unit: Unit;
  depth: number;
  index: number;
  parentName: string | null;
}

const years = (u: Unit) => (u.activeFrom || u.activeTo ? `${u.activeFrom ?? '…'}–${u.activeTo ?? 'now'}` : null);

export const UnitsListPage: FC<{ page: AdminPage; query: ListQuery; result: ListPage<UnitRow> }> = ({ page, query, result }) => {
  const isTree = query.sort === 'tree' && query.q === '' && !query.filters.kind;
  return (
    <AdminLayout page={page} title="Research units" lede="Centres and programmes, as a tree: a programme sits under its centre."
      actions={<a href="/admin/units/new" class="button button-primary">Add unit</a>}>
      <ListTable
        basePath="/admin/units" query={query} result={result} noun={['unit', 'units']} searchLabel="Search units"
        filters={[{ name: 'kind', label: 'Kind', options: UNIT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })) }]}
        columns={[
          { key: 'tree', label: 'Name', isSortable: true, render: (r) => (
            <span class={isTree ? `tree-item tree-depth-${Math.min(r.depth, 4)}` : 'tree-item'}>
              <a href={`/admin/units/${r.unit.id}`} class="row-link">{r.unit.name}</a>
              {!isTree && r.parentName ? <span class="muted"> in {r.parentName}</span> : null}
            </span>
          ) },
          { key: 'acronym', label: 'Acronym', isSortable: true, class: 'nowrap', render: (r) => r.unit.acronym || <span class="muted">—</span> },
          { key: 'kind', label: 'Kind', isSortable: true, render: (r) => KIND_LABELS[r.unit.kind] },
          { key: 'years', label: 'Active', class: 'nowrap', render: (r) => years(r.unit) ?? <span class="muted">—</span> },
          { key: 'position', label: 'Order', isSortable: true, class: 'num', render: (r) => String(r.unit.position) },
        ]}
        empty={{ title: 'No research units yet', text: 'Units own series and group people; each has a page under /research.', action: <a href="/admin/units/new" class="button button-primary">Add the first unit</a> }}
      />
    </AdminLayout>
  );
};

function unitValues(unit: Unit | undefined, state: EditState): Record<string, string> {
  if (state.values) return state.values;
  if (!unit) return { kind: 'centre' };
  return {
    name: unit.name, acronym: unit.acronym, slug: unit.slug, kind: unit.kind, parent: unit.parentId ?? '',
    activeFrom: unit.activeFrom === null ? '' : String(unit.activeFrom), activeTo: unit.activeTo === null ? '' : String(unit.activeTo),
    description: unit.description, position: String(unit.position),
  };
}

export interface UnitFormProps {
  page: AdminPage;
  unit?: Unit;
  /** Units that may be the parent, already in tree order, with their depth. */
  parents: { unit: Unit; depth: number }[];
  state?: EditState;
}

export const UnitFormPage: FC<UnitFormProps> = ({ page, unit, parents, state = {} }) => {
  const v = unitValues(unit, state);
  const issues = state.issues;
  return (
    <EditFrame page={page} title={unit ? unit.name : 'Add research unit'} lede={unit ? `Research unit · /research/${unit.slug}` : 'A new centre or programme.'}
      action={unit ? `/admin/units/${unit.id}` : '/admin/units'} backHref="/admin/units" backLabel="All units" state={state}
      submitLabel={unit ? 'Save unit' : 'Add unit'}
      extraActions={unit ? <a href={`/research/${unit.slug}`} class="button button-secondary">View on the site</a> : null}>
      <TextField name="name" label="Name" value={v.name ?? ''} isRequired error={fieldIssue(issues, 'name')} />
      <div class="inline-fields">
        <TextField name="acronym" label="Acronym" value={v.acronym ?? ''} error={fieldIssue(issues, 'acronym')} hint="IDSS, CENS …" />
        <TextField name="slug" label="Slug" value={v.slug ?? ''} isRequired error={fieldIssue(issues, 'slug')} hint="The address: /research/<slug>." />
      </div>
      <div class="inline-fields">
        <SelectField name="kind" label="Kind" value={v.kind ?? 'centre'} error={fieldIssue(issues, 'kind')} options={UNIT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} />
        <SelectField name="parent" label="Part of" value={v.parent ?? ''} error={fieldIssue(issues, 'parent')}
          options={[{ value: '', label: 'Nothing (top level)' }, ...parents.map((p) => ({ value: p.unit.id, label: `${'— '.repeat(p.depth)}${p.unit.name}` }))]} />
      </div>
      <div class="inline-fields">
        <NumberField name="activeFrom" label="Active from (year)" value={v.activeFrom ?? ''} min={1900} max={2200} error={fieldIssue(issues, 'activeFrom')} hint="The year it began." />
        <NumberField name="activeTo" label="Active until (year)" value={v.activeTo ?? ''} min={1900} max={2200} error={fieldIssue(issues, 'activeTo')} hint="Empty while it runs." />
      </div>
      <TextAreaField name="description" label="Description" value={v.description ?? ''} rows={8} isCode error={fieldIssue(issues, 'description')} hint="Markdown; shown on the unit’s page." />
      <NumberField name="position" label="Order" value={v.position ?? ''} error={fieldIssue(issues, 'position')} hint="Among its siblings; lower comes first." />
    </EditFrame>
  );
};
