import type { FC } from 'hono/jsx';
import type { Page } from '../../domain/page.js';
import type { AdminPage } from '../admin-page.js';
import type { ListPage, ListQuery } from '../list-query.js';
import type { EditState } from '../structure-form.js';
import { AdminLayout } from './admin-layout.js';
import { SelectField, TextField } from './form-parts.js';
import { ListTable } from './list-table.js';
import { CheckboxField, EditFrame, fieldIssue, NumberField, TextAreaField } from './structure-fields.js';

export interface PageRow {
  page: Page;
  depth: number;
  index: number;
}

export const PagesListPage: FC<{ page: AdminPage; query: ListQuery; result: ListPage<PageRow> }> = ({ page, query, result }) => {
  const isTree = query.sort === 'tree' && query.q === '' && !query.filters.status;
  return (
    <AdminLayout page={page} title="Pages" lede="The institute’s own pages (About, Contact …), as a tree: a page’s address follows its parent."
      actions={<a href="/admin/pages/new" class="button button-primary">Add page</a>}>
      <ListTable
        basePath="/admin/pages" query={query} result={result} noun={['page', 'pages']} searchLabel="Search titles, addresses and text"
        filters={[{ name: 'status', label: 'Status', options: [{ value: 'published', label: 'Published' }, { value: 'hidden', label: 'Not published' }] }]}
        columns={[
          { key: 'tree', label: 'Title', isSortable: true, render: (r) => (
            <span class={isTree ? `tree-item tree-depth-${Math.min(r.depth, 4)}` : 'tree-item'}><a href={`/admin/pages/${r.page.id}`} class="row-link">{r.page.title}</a></span>
          ) },
          { key: 'path', label: 'Address', isSortable: true, render: (r) => <a href={r.page.path} class="subtle-link">{r.page.path}</a> },
          { key: 'status', label: 'Status', render: (r) => r.page.isPublished ? <span class="badge status-active">Published</span> : <span class="badge status-disabled">Not published</span> },
          { key: 'updated', label: 'Updated', isSortable: true, class: 'nowrap', render: (r) => r.page.updatedAt.slice(0, 10) },
        ]}
        empty={{ title: 'No pages yet', text: 'Pages hold what does not change often: about the institute, contact, careers.', action: <a href="/admin/pages/new" class="button button-primary">Add the first page</a> }}
      />
    </AdminLayout>
  );
};

function pageValues(record: Page | undefined, parentId: string, state: EditState): Record<string, string> {
  if (state.values) return state.values;
  if (!record) return { parent: parentId, isPublished: 'true' };
  return {
    title: record.title, slug: record.slug, parent: record.parentId ?? '', summary: record.summary, body: record.body,
    position: String(record.position), isPublished: String(record.isPublished), expectedUpdatedAt: record.updatedAt,
  };
}

export interface PageFormProps {
  page: AdminPage;
  record?: Page;
  /** Pages that may be the parent, in tree order. */
  parents: { page: Page; depth: number }[];
  parentId?: string;
  state?: EditState;
}

export const PageFormPage: FC<PageFormProps> = ({ page, record, parents, parentId = '', state = {} }) => {
  const v = pageValues(record, parentId, state);
  const issues = state.issues;
  return (
    <EditFrame page={page} title={record ? record.title : 'Add page'} lede={record ? `Page · ${record.path}` : 'A new page of the site.'}
      action={record ? `/admin/pages/${record.id}` : '/admin/pages'} backHref="/admin/pages" backLabel="All pages" state={state}
      submitLabel={record ? 'Save page' : 'Add page'}
      extraActions={record ? <a href={record.path} class="button button-secondary">View on the site</a> : null}>
      {record ? <input type="hidden" name="expectedUpdatedAt" value={v.expectedUpdatedAt ?? record.updatedAt} /> : null}
      <TextField name="title" label="Title" value={v.title ?? ''} isRequired error={fieldIssue(issues, 'title')} />
      <div class="inline-fields">
        <SelectField name="parent" label="Parent page" value={v.parent ?? ''} error={fieldIssue(issues, 'parent')} hint="A moved page’s old address redirects."
          options={[{ value: '', label: 'None (top level)' }, ...parents.map((p) => ({ value: p.page.id, label: `${'— '.repeat(p.depth)}${p.page.title} (${p.page.path})` }))]} />
        <TextField name="slug" label="Slug" value={v.slug ?? ''} error={fieldIssue(issues, 'slug')} hint="End of the address; empty: made from the title." />
      </div>
      <TextAreaField name="summary" label="Summary" value={v.summary ?? ''} rows={2} error={fieldIssue(issues, 'summary')} hint="One or two sentences for search results and link previews." />
      <TextAreaField name="body" label="Body" value={v.body ?? ''} rows={18} isCode error={fieldIssue(issues, 'body')} hint="Markdown: ## headings, **bold**, [links](/about), lists, tables." />
      <div class="inline-fields">
        <NumberField name="position" label="Order among its siblings" value={v.position ?? ''} error={fieldIssue(issues, 'position')} />
        <CheckboxField name="isPublished" label="Published" isChecked={v.isPublished === 'true'} hint="Unpublished pages are visible to editors only." />
      </div>
    </EditFrame>
  );
};
