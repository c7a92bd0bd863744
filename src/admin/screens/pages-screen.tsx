import type { Hono } from 'hono';
import { listPages } from '../../actions/list-pages.js';
import { savePage } from '../../actions/save-page.js';
import { notFound } from '../../domain/errors.js';
import type { Page } from '../../domain/page.js';
import { actionContext, type AdminContext, type AdminEnv, type AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin } from '../admin-page.js';
import { readForm } from '../form-data.js';
import { applyListQuery, parseListQuery } from '../list-query.js';
import { requirePermission } from '../require-permission.js';
import { intOr, saveOrShowAgain, textOrNull, type EditState } from '../structure-form.js';
import { selfAndDescendants, treeOrder } from '../tree-order.js';
import { PageFormPage, PagesListPage, type PageRow } from '../views/pages-pages.js';

function pageInput(form: Record<string, string>) {
  return {
    title: form.title ?? '', parent: textOrNull(form.parent), ...(textOrNull(form.slug) ? { slug: textOrNull(form.slug) as string } : {}),
    summary: form.summary ?? '', body: form.body ?? '', position: intOr(form.position, 0), isPublished: form.isPublished === 'true',
  };
}

/** Pages of the site tree (editors and admins): list, add, edit, move; stale edits refused. */
export function registerPagesScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  runtime.nav.add({ id: 'pages', label: 'Pages', href: '/admin/pages', section: 'content', permission: 'structure.edit', description: 'About, contact and the other pages of the site' });
  const guard = requirePermission('structure.edit');

  const showForm = async (c: AdminContext, recordId: string | null, state: EditState = {}, status: 200 | 400 | 409 = 200) => {
    const pages = await listPages(actionContext(c, runtime));
    const record = recordId ? pages.find((p) => p.id === recordId) : undefined;
    if (recordId && !record) throw notFound('This page');
    const excluded = record ? selfAndDescendants(pages, record.id) : new Set<string>();
    const parents = treeOrder(pages, (p) => p.title).filter((r) => !excluded.has(r.item.id)).map((r) => ({ page: r.item, depth: r.depth }));
    // After a conflict the form is based on the version now stored: saving again is a deliberate overwrite.
    const values = state.isConflict && record ? { ...state.values, expectedUpdatedAt: record.updatedAt } : state.values;
    const parentId = pages.find((p) => p.id === c.req.query('parent'))?.id ?? '';
    return renderAdmin(c, <PageFormPage page={await loadAdminPage(c, runtime)} record={record} parents={parents} parentId={parentId}
      state={{ ...state, ...(values ? { values } : {}) }} />, status);
  };

  admin.get('/pages', guard, async (c) => {
    const query = parseListQuery(c.req.query(), { sorts: ['tree', 'path', 'updated'], filters: { status: ['published', 'hidden'] } });
    const pages = await listPages(actionContext(c, runtime));
    const rows: PageRow[] = treeOrder(pages, (p) => p.title).map(({ item, depth, index }) => ({ page: item, depth, index }));
    const result = applyListQuery(rows, query, {
      searchText: (r) => `${r.page.title} ${r.page.path} ${r.page.summary} ${r.page.body}`,
      sortValue: { tree: (r) => r.index, path: (r) => r.page.path, updated: (r) => r.page.updatedAt },
      filter: { status: (r, v) => r.page.isPublished === (v === 'published') },
    });
    return renderAdmin(c, <PagesListPage page={await loadAdminPage(c, runtime)} query={query} result={result} />);
  });

  admin.get('/pages/new', guard, (c) => showForm(c, null));

  admin.post('/pages', guard, async (c) => {
    const form = await readForm(c);
    return saveOrShowAgain(c, form, () => savePage(actionContext(c, runtime), pageInput(form)),
      (saved) => c.redirect(`/admin/pages/${saved.id}?notice=saved`, 303),
      (state, status) => showForm(c, null, state, status as 400));
  });

  admin.get('/pages/:id', guard, (c) => showForm(c, c.req.param('id')));

  admin.post('/pages/:id', guard, async (c) => {
    const ctx = actionContext(c, runtime);
    const form = await readForm(c);
    const record: Page | undefined = (await listPages(ctx)).find((p) => p.id === c.req.param('id'));
    if (!record) throw notFound('This page');
    return saveOrShowAgain(c, form,
      () => savePage(ctx, { id: record.id, ...pageInput(form), ...(form.expectedUpdatedAt ? { expectedUpdatedAt: form.expectedUpdatedAt } : {}) }),
      (saved) => c.redirect(`/admin/pages/${saved.id}?notice=saved`, 303),
      (state, status) => showForm(c, record.id, state, status as 400));
  });
}
