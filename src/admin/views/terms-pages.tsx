import type { FC } from 'hono/jsx';
import type { Taxonomy, Term } from '../../domain/taxonomy.js';
import type { AdminPage } from '../admin-page.js';
import type { ListPage, ListQuery } from '../list-query.js';
import type { EditState } from '../structure-form.js';
import { AdminLayout } from './admin-layout.js';
import { SelectField, TextField } from './form-parts.js';
import { ListTable } from './list-table.js';
import { CheckboxField, EditFrame, fieldIssue, NumberField, TextAreaField } from './structure-fields.js';

export interface TermRow {
  term: Term;
  taxonomy: Taxonomy;
}

export const TermsListPage: FC<{ page: AdminPage; query: ListQuery; result: ListPage<TermRow>; taxonomies: Taxonomy[] }> = ({ page, query, result, taxonomies }) => {
  const chosen = taxonomies.find((t) => t.slug === query.filters.taxonomy);
  return (
    <AdminLayout page={page} title={chosen ? chosen.name : 'Terms'} lede="The vocabularies readers browse by: themes, regions and the like."
      actions={<>
        <a href="/admin/taxonomies/new" class="button button-secondary">Add taxonomy</a>
        <a href={chosen ? `/admin/terms/new?taxonomy=${chosen.slug}` : '/admin/terms/new'} class="button button-primary">Add term</a>
      </>}>
      <ListTable
        basePath="/admin/terms" query={query} result={result} noun={['term', 'terms']} searchLabel="Search terms"
        filters={[
          { name: 'taxonomy', label: 'Taxonomy', anyLabel: 'All taxonomies', options: taxonomies.map((t) => ({ value: t.slug, label: t.name })) },
          { name: 'review', label: 'Status', options: [{ value: 'needs-review', label: 'Needs review' }, { value: 'confirmed', label: 'Confirmed' }] },
        ]}
        columns={[
          { key: 'name', label: 'Name', isSortable: true, render: (r) => <a href={`/admin/terms/${r.term.id}`} class="row-link">{r.term.name}</a> },
          { key: 'taxonomy', label: 'Taxonomy', isSortable: true, render: (r) => r.taxonomy.name },
          { key: 'address', label: 'Address', render: (r) => <span class="muted">/{r.taxonomy.path}/{r.term.slug}</span> },
          { key: 'review', label: 'Review', render: (r) => r.term.needsReview ? <span class="badge status-review">Needs review</span> : <span class="muted">Confirmed</span> },
          { key: 'position', label: 'Order', isSortable: true, class: 'num', render: (r) => String(r.term.position) },
        ]}
        empty={{ title: 'No terms yet', text: 'Terms label publications so readers can follow a theme or a region.', action: <a href="/admin/terms/new" class="button button-primary">Add the first term</a> }}
      />
    </AdminLayout>
  );
};

function termValues(term: Term | undefined, taxonomy: string, state: EditState): Record<string, string> {
  if (state.values) return state.values;
  if (!term) return { taxonomy, needsReview: 'false' };
  return {
    taxonomy: term.taxonomyId, name: term.name, slug: term.slug, description: term.description,
    position: String(term.position), needsReview: String(term.needsReview),
  };
}

export interface TermFormProps {
  page: AdminPage;
  term?: Term;
  taxonomies: Taxonomy[];
  /** Preselected taxonomy id for a new term. */
  taxonomyId?: string;
  state?: EditState;
}

export const TermFormPage: FC<TermFormProps> = ({ page, term, taxonomies, taxonomyId = '', state = {} }) => {
  const v = termValues(term, taxonomyId, state);
  const issues = state.issues;
  const taxonomy = taxonomies.find((t) => t.id === (term?.taxonomyId ?? v.taxonomy));
  return (
    <EditFrame page={page} title={term ? term.name : 'Add term'} lede={term && taxonomy ? `${taxonomy.name} · /${taxonomy.path}/${term.slug}` : 'A new term in a taxonomy.'}
      action={term ? `/admin/terms/${term.id}` : '/admin/terms'} backHref={taxonomy ? `/admin/terms?taxonomy=${taxonomy.slug}` : '/admin/terms'} backLabel="All terms"
      state={state} submitLabel={term ? 'Save term' : 'Add term'}
      extraActions={term && taxonomy ? <a href={`/${taxonomy.path}/${term.slug}`} class="button button-secondary">View on the site</a> : null}>
      <SelectField name="taxonomy" label="Taxonomy" value={v.taxonomy ?? ''} error={fieldIssue(issues, 'taxonomy')}
        options={[{ value: '', label: 'Choose a taxonomy' }, ...taxonomies.map((t) => ({ value: t.id, label: t.name }))]} />
      <TextField name="name" label="Name" value={v.name ?? ''} isRequired error={fieldIssue(issues, 'name')} />
      <TextField name="slug" label="Slug" value={v.slug ?? ''} error={fieldIssue(issues, 'slug')} hint="The last part of the address. Left empty, it is made from the name." />
      <TextAreaField name="description" label="Description" value={v.description ?? ''} rows={4} error={fieldIssue(issues, 'description')} />
      <NumberField name="position" label="Order" value={v.position ?? ''} error={fieldIssue(issues, 'position')} />
      <CheckboxField name="needsReview" label="Needs review" isChecked={v.needsReview === 'true'}
        hint="Set by imports for categories they did not know; clear it once the term is checked." />
    </EditFrame>
  );
};
