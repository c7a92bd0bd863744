import type { Hono } from 'hono';
import { createPublication } from '../../actions/create-publication.js';
import { listEditorialPublications } from '../../actions/list-editorial-publications.js';
import { listSeries } from '../../actions/list-series.js';
import { updatePublication } from '../../actions/update-publication.js';
import { isDomainError } from '../../domain/errors.js';
import { can } from '../../domain/permissions.js';
import { STATUSES, type PublicationStatus } from '../../domain/workflow.js';
import { actionContext, type AdminContext, type AdminEnv, type AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin } from '../admin-page.js';
import { formRefusal } from '../form-errors.js';
import { parseListQuery } from '../list-query.js';
import { applyAuthorOperation, emptyFormValues, formValuesOf, publicationInputOf, readPublicationForm, type PublicationFormValues } from '../publication-form.js';
import { requirePermission } from '../require-permission.js';
import { PublicationEditorPage, type EditedPublication, type EditorFormState } from '../views/publication-edit-page.js';
import { PublicationsListPage } from '../views/publications-list-page.js';
import { loadEdited, loadEditorOptions } from './publication-editor-data.js';
import { registerPublicationEditorRoutes } from './publication-editor-routes.js';

/** The list's sortable columns, as the editorial listing sorts them. */
const SORTS = { updated: 'updated_desc', title: 'title_asc', date: 'date_desc' } as const;

function listSort(sort: string, dir: string): 'updated_desc' | 'title_asc' | 'date_desc' | 'date_asc' {
  if (sort === 'date') return dir === 'asc' ? 'date_asc' : 'date_desc';
  return SORTS[sort as keyof typeof SORTS] ?? 'updated_desc';
}

/**
 * Publications: the list (all statuses, search, filters, sort, pages;
 * authors see their own), the editor for new and existing items, and the
 * editor's helpers (preview, autosave, figure upload) in
 * publication-editor-routes.ts. Saving without JavaScript works the same.
 */
export function registerPublicationsScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  runtime.nav.add({ id: 'publications', label: 'Publications', href: '/admin/publications', section: 'content', permission: 'content.edit_own', description: 'Write, edit and follow publications through review' });
  const guard = requirePermission('content.edit_own');
  const editorScript = () => runtime.assets.has('publication-editor.js') ? runtime.assets.url('publication-editor.js') : null;

  async function renderEditor(c: AdminContext, values: PublicationFormValues, edited?: EditedPublication, state: EditorFormState = {}, status: 200 | 400 | 403 | 404 | 409 = 200) {
    const ctx = actionContext(c, runtime);
    const view = (
      <PublicationEditorPage page={await loadAdminPage(c, runtime)} edited={edited} values={values} options={await loadEditorOptions(ctx)}
        state={state} editorScript={editorScript()} stylesheet={runtime.assets.url('publications.css')} siteUrl={runtime.baseUrl} />
    );
    return renderAdmin(c, view, status);
  }

  admin.get('/publications', guard, async (c) => {
    const ctx = actionContext(c, runtime);
    const series = await listSeries(ctx);
    const query = parseListQuery(c.req.query(), {
      sorts: ['updated', 'title', 'date'], defaultDir: 'desc',
      filters: { status: STATUSES, series: series.map((s) => s.slug) },
    });
    const found = await listEditorialPublications(ctx, {
      ...(query.filters.status ? { statuses: [query.filters.status as PublicationStatus] } : {}),
      ...(query.filters.series ? { series: query.filters.series } : {}),
      ...(query.q ? { search: query.q } : {}),
      sort: listSort(query.sort, query.dir), page: query.page, pageSize: query.pageSize,
    });
    const pageCount = Math.max(1, Math.ceil(found.total / query.pageSize));
    const result = { rows: found.items, total: found.total, page: found.page, pageCount };
    return renderAdmin(c, <PublicationsListPage page={await loadAdminPage(c, runtime)} query={query} result={result} series={series}
      isOwnOnly={!can(c.get('actor'), 'content.read_unpublished')} stylesheet={runtime.assets.url('publications.css')} />);
  });

  registerPublicationEditorRoutes(admin, runtime);

  admin.get('/publications/new', guard, async (c) => {
    const series = await listSeries(actionContext(c, runtime));
    const chosen = series.find((s) => s.slug === c.req.query('series'))?.id ?? series[0]?.id ?? '';
    return renderEditor(c, emptyFormValues(new Date().toISOString().slice(0, 10), chosen));
  });

  admin.post('/publications', guard, async (c) => {
    const ctx = actionContext(c, runtime);
    const { values, op } = await readPublicationForm(c);
    if (op.kind !== 'save') return renderEditor(c, { ...values, authors: applyAuthorOperation(values.authors, op) });
    try {
      const created = await createPublication(ctx, publicationInputOf(values));
      return c.redirect(`/admin/publications/${created.id}?notice=publication-created`, 303);
    } catch (error) {
      const refusal = formRefusal(c, error, ['invalid']);
      if (!refusal) throw error;
      return renderEditor(c, values, undefined, refusal, 400);
    }
  });

  admin.get('/publications/:id', guard, async (c) => {
    const edited = await loadEdited(actionContext(c, runtime), c.req.param('id'));
    return renderEditor(c, formValuesOf(edited.publication), edited);
  });

  admin.post('/publications/:id', guard, async (c) => {
    const ctx = actionContext(c, runtime);
    const id = c.req.param('id');
    const { values, op } = await readPublicationForm(c);
    if (op.kind !== 'save') return renderEditor(c, { ...values, authors: applyAuthorOperation(values.authors, op) }, await loadEdited(ctx, id));
    try {
      await updatePublication(ctx, { id, revision: values.revision ?? 0, ...publicationInputOf(values) });
      return c.redirect(`/admin/publications/${id}?notice=publication-saved`, 303);
    } catch (error) {
      const refusal = formRefusal(c, error, ['invalid', 'conflict']);
      if (!refusal) throw error;
      const details = isDomainError(error) ? error.details : undefined;
      const conflict = details && typeof details.keptRevisionId === 'string'
        ? { keptRevisionId: details.keptRevisionId, currentRevision: Number(details.currentRevision) }
        : undefined;
      return renderEditor(c, values, await loadEdited(ctx, id), { ...refusal, conflict }, refusal.status as 400 | 409);
    }
  });
}
