import type { Hono } from 'hono';
import { listTerms } from '../../actions/list-terms.js';
import { createTaxonomy, saveTerm } from '../../actions/save-taxonomy.js';
import type { ActionContext } from '../../actions/action-context.js';
import { notFound } from '../../domain/errors.js';
import type { Taxonomy, Term } from '../../domain/taxonomy.js';
import { actionContext, type AdminContext, type AdminEnv, type AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin } from '../admin-page.js';
import { readForm } from '../form-data.js';
import { applyListQuery, parseListQuery } from '../list-query.js';
import { requirePermission } from '../require-permission.js';
import { intOr, saveOrShowAgain, textOrNull, type EditState } from '../structure-form.js';
import { NewTaxonomyPage } from '../views/taxonomy-page.js';
import { TermFormPage, TermsListPage, type TermRow } from '../views/terms-pages.js';

async function vocabularies(ctx: ActionContext): Promise<{ taxonomies: Taxonomy[]; rows: TermRow[] }> {
  const lists = await listTerms(ctx);
  return { taxonomies: lists.map((l) => l.taxonomy), rows: lists.flatMap((l) => l.terms.map((term) => ({ term, taxonomy: l.taxonomy }))) };
}

function termInput(form: Record<string, string>) {
  return {
    taxonomy: form.taxonomy ?? '', name: form.name ?? '', ...(textOrNull(form.slug) ? { slug: textOrNull(form.slug) as string } : {}),
    description: form.description ?? '', position: intOr(form.position, 0), needsReview: form.needsReview === 'true',
  };
}

/** Terms of every taxonomy (editors and admins): list by taxonomy, add, edit, confirm imported ones. */
export function registerTermsScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  runtime.nav.add({ id: 'terms', label: 'Terms', href: '/admin/terms', section: 'content', permission: 'structure.edit', description: 'Themes, regions and other vocabularies' });
  const guard = requirePermission('structure.edit');

  const showForm = async (c: AdminContext, term: Term | undefined, taxonomyId: string, state: EditState = {}, status: 200 | 400 | 409 = 200) => {
    const { taxonomies } = await vocabularies(actionContext(c, runtime));
    return renderAdmin(c, <TermFormPage page={await loadAdminPage(c, runtime)} term={term} taxonomies={taxonomies} taxonomyId={taxonomyId} state={state} />, status);
  };
  const findTerm = async (c: AdminContext): Promise<Term> => {
    const { rows } = await vocabularies(actionContext(c, runtime));
    const row = rows.find((r) => r.term.id === c.req.param('id'));
    if (!row) throw notFound('This term');
    return row.term;
  };

  admin.get('/terms', guard, async (c) => {
    const { taxonomies, rows } = await vocabularies(actionContext(c, runtime));
    const query = parseListQuery(c.req.query(), {
      sorts: ['taxonomy', 'name', 'position'],
      filters: { taxonomy: taxonomies.map((t) => t.slug), review: ['needs-review', 'confirmed'] },
    });
    const taxonomyOrder = new Map(taxonomies.map((t, i) => [t.id, i]));
    const result = applyListQuery(rows, query, {
      searchText: (r) => `${r.term.name} ${r.term.slug} ${r.term.description}`,
      // Within a taxonomy, terms keep the institute's order.
      sortValue: {
        taxonomy: (r) => (taxonomyOrder.get(r.taxonomy.id) ?? 0) * 1e6 + r.term.position,
        name: (r) => r.term.name, position: (r) => r.term.position,
      },
      filter: { taxonomy: (r, v) => r.taxonomy.slug === v, review: (r, v) => r.term.needsReview === (v === 'needs-review') },
    });
    return renderAdmin(c, <TermsListPage page={await loadAdminPage(c, runtime)} query={query} result={result} taxonomies={taxonomies} />);
  });

  admin.get('/terms/new', guard, async (c) => {
    const { taxonomies } = await vocabularies(actionContext(c, runtime));
    const chosen = taxonomies.find((t) => t.slug === c.req.query('taxonomy'));
    return showForm(c, undefined, chosen?.id ?? '');
  });

  admin.post('/terms', guard, async (c) => {
    const form = await readForm(c);
    return saveOrShowAgain(c, form, () => saveTerm(actionContext(c, runtime), termInput(form)),
      (saved) => c.redirect(`/admin/terms/${saved.id}?notice=saved`, 303),
      (state, status) => showForm(c, undefined, form.taxonomy ?? '', state, status as 400));
  });

  admin.get('/taxonomies/new', guard, async (c) => renderAdmin(c, <NewTaxonomyPage page={await loadAdminPage(c, runtime)} />));

  admin.post('/taxonomies', guard, async (c) => {
    const form = await readForm(c);
    const input = { name: form.name ?? '', slug: form.slug ?? '', path: form.path ?? '', position: intOr(form.position, 0) };
    return saveOrShowAgain(c, form, () => createTaxonomy(actionContext(c, runtime), input),
      (saved) => c.redirect(`/admin/terms?taxonomy=${saved.slug}&notice=saved`, 303),
      async (state, status) => renderAdmin(c, <NewTaxonomyPage page={await loadAdminPage(c, runtime)} state={state} />, status));
  });

  admin.get('/terms/:id', guard, async (c) => showForm(c, await findTerm(c), ''));

  admin.post('/terms/:id', guard, async (c) => {
    const form = await readForm(c);
    const term = await findTerm(c);
    return saveOrShowAgain(c, form, () => saveTerm(actionContext(c, runtime), { id: term.id, ...termInput(form) }),
      (saved) => c.redirect(`/admin/terms/${saved.id}?notice=saved`, 303),
      (state, status) => showForm(c, term, '', state, status as 400));
  });
}
