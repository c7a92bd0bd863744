import type { FC } from 'hono/jsx';
import { formatCode, type Series } from '../../domain/series.js';
import { unitLabel, type Unit } from '../../domain/unit.js';
import type { AdminPage } from '../admin-page.js';
import type { ListPage, ListQuery } from '../list-query.js';
import type { EditState } from '../structure-form.js';
import { AdminLayout } from './admin-layout.js';
import { SelectField, TextField } from './form-parts.js';
import { ListTable } from './list-table.js';
import { EditFrame, fieldIssue, NumberField, TextAreaField } from './structure-fields.js';

export const GROUP_LABELS = { institute: 'Institute publications', external: 'External publications' } as const;
export const NUMBERING_LABELS = { yearly: 'Per year (prefix + YY + 3 digits)', running: 'Running number', none: 'No codes' } as const;

/** "IP25001" for a yearly series: what the next codes look like. */
export function codeExample(series: Pick<Series, 'codePrefix' | 'numbering'>): string | null {
  return formatCode(series, { year: new Date().getUTCFullYear(), sequence: 1 });
}

export const SeriesListPage: FC<{ page: AdminPage; query: ListQuery; result: ListPage<Series>; units: Map<string, Unit> }> = ({ page, query, result, units }) => (
  <AdminLayout page={page} title="Series" lede="Series group publications and give them their codes (IP24112, CO25171)."
    actions={<a href="/admin/series/new" class="button button-primary">Add series</a>}>
    <ListTable
      basePath="/admin/series" query={query} result={result} noun={['series', 'series']} searchLabel="Search series"
      filters={[
        { name: 'group', label: 'Group', options: Object.entries(GROUP_LABELS).map(([value, label]) => ({ value, label })) },
        { name: 'numbering', label: 'Numbering', options: Object.entries(NUMBERING_LABELS).map(([value, label]) => ({ value, label: label.split(' (')[0] as string })) },
      ]}
      columns={[
        { key: 'name', label: 'Name', isSortable: true, render: (s) => <a href={`/admin/series/${s.id}`} class="row-link">{s.name}</a> },
        { key: 'code', label: 'Codes', isSortable: true, class: 'nowrap', render: (s) => codeExample(s) ? <code>{codeExample(s)}</code> : <span class="muted">no codes</span> },
        { key: 'group', label: 'Group', isSortable: true, render: (s) => (s.group === 'institute' ? 'Institute' : 'External') },
        { key: 'unit', label: 'Unit', isSortable: true, render: (s) => (s.unitId && units.get(s.unitId)?.acronym) || (s.unitId ? units.get(s.unitId)?.name : null) || <span class="muted">—</span> },
        { key: 'slug', label: 'Address', render: (s) => <span class="muted">/publications/{s.slug}</span> },
        { key: 'position', label: 'Order', isSortable: true, class: 'num', render: (s) => String(s.position) },
      ]}
      empty={{ title: 'No series yet', text: 'A series groups publications and numbers them.', action: <a href="/admin/series/new" class="button button-primary">Add the first series</a> }}
    />
  </AdminLayout>
);

export interface SeriesFormProps {
  page: AdminPage;
  series?: Series;
  units: Unit[];
  state?: EditState;
}

/** Values to fill the form with: what was typed (after a refusal), else the stored series. */
function seriesValues(series: Series | undefined, state: EditState): Record<string, string> {
  if (state.values) return state.values;
  if (!series) return { group: 'institute', numbering: 'yearly', datePrecision: 'day' };
  return {
    name: series.name, slug: series.slug, group: series.group, codePrefix: series.codePrefix ?? '', numbering: series.numbering,
    datePrecision: series.datePrecision, unit: series.unitId ?? '', description: series.description, position: String(series.position),
  };
}

export const SeriesFormPage: FC<SeriesFormProps> = ({ page, series, units, state = {} }) => {
  const v = seriesValues(series, state);
  const issues = state.issues;
  return (
    <EditFrame page={page} title={series ? series.name : 'Add series'} lede={series ? `Series · /publications/${series.slug}` : 'A new series of publications.'}
      action={series ? `/admin/series/${series.id}` : '/admin/series'} backHref="/admin/series" backLabel="All series" state={state}
      submitLabel={series ? 'Save series' : 'Add series'}
      extraActions={series ? <a href={`/publications/${series.slug}`} class="button button-secondary">View on the site</a> : null}>
      <TextField name="name" label="Name" value={v.name ?? ''} isRequired error={fieldIssue(issues, 'name')} hint="As readers see it: “IDSS Paper”, “RSIS Commentary”." />
      <TextField name="slug" label="Slug" value={v.slug ?? ''} isRequired error={fieldIssue(issues, 'slug')} hint="The address: /publications/<slug>. Lower-case letters, digits and hyphens." />
      <div class="inline-fields">
        <TextField name="codePrefix" label="Code prefix" value={v.codePrefix ?? ''} error={fieldIssue(issues, 'codePrefix')} hint="Capital letters, e.g. IP or CO." />
        <SelectField name="numbering" label="Numbering" value={v.numbering ?? 'yearly'} error={fieldIssue(issues, 'numbering')}
          options={Object.entries(NUMBERING_LABELS).map(([value, label]) => ({ value, label }))} />
      </div>
      <div class="inline-fields">
        <SelectField name="group" label="Group" value={v.group ?? 'institute'} error={fieldIssue(issues, 'group')}
          options={Object.entries(GROUP_LABELS).map(([value, label]) => ({ value, label }))} />
        <SelectField name="datePrecision" label="Dates shown as" value={v.datePrecision ?? 'day'} error={fieldIssue(issues, 'datePrecision')}
          options={[{ value: 'day', label: 'Day (12 March 2025)' }, { value: 'month', label: 'Month (March 2025)' }]} />
      </div>
      <SelectField name="unit" label="Owning unit" value={v.unit ?? ''} error={fieldIssue(issues, 'unit')}
        options={[{ value: '', label: 'None (the institute)' }, ...units.map((u) => ({ value: u.id, label: unitLabel(u) }))]} />
      <TextAreaField name="description" label="Description" value={v.description ?? ''} rows={4} error={fieldIssue(issues, 'description')} hint="Shown at the top of the series page." />
      <NumberField name="position" label="Order" value={v.position ?? ''} error={fieldIssue(issues, 'position')} hint="Lower numbers come first in lists and menus." />
    </EditFrame>
  );
};
