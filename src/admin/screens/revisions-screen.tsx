import type { Hono } from 'hono';
import type { ActionContext } from '../../actions/action-context.js';
import { getPublication } from '../../actions/get-publication.js';
import { getRevision } from '../../actions/get-revision.js';
import { getRevisionDiff } from '../../actions/get-revision-diff.js';
import { listRevisions } from '../../actions/list-revisions.js';
import { restoreRevision } from '../../actions/restore-revision.js';
import { invalidField } from '../../domain/errors.js';
import { REVISION_FIELDS, type PublicationRevision, type RevisionField, type RevisionSnapshot, type RevisionSummary } from '../../domain/revision.js';
import { actionContext, type AdminContext, type AdminEnv, type AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin } from '../admin-page.js';
import { readForm } from '../form-data.js';
import { formRefusal, type FormRefusal } from '../form-errors.js';
import { requirePermission } from '../require-permission.js';
import { RevisionDiffPage, RevisionsPage, REVISIONS_PAGE_SIZE, type RevisionRowsPage } from '../views/revisions-pages.js';

/** A revision named in a URL or form: a number (`3`) or a revision id. */
function revisionRef(value: string | undefined, field: string): string | number {
  const text = (value ?? '').trim();
  if (!text) throw invalidField(field, 'choose a revision');
  return /^\d{1,9}$/.test(text) ? Number(text) : text;
}

const SNAPSHOT_KEY: Record<RevisionField, keyof RevisionSnapshot> = {
  title: 'title', slug: 'slug', series: 'seriesId', date: 'date', authors: 'authors', synopsis: 'synopsis', body: 'body',
  bio: 'bio', terms: 'termIds', units: 'unitIds', featured: 'isFeatured', legacyUrls: 'legacyUrls',
};

function changedFields(before: PublicationRevision, after: PublicationRevision): string[] {
  return REVISION_FIELDS
    .filter(([field]) => JSON.stringify(before.snapshot[SNAPSHOT_KEY[field]]) !== JSON.stringify(after.snapshot[SNAPSHOT_KEY[field]]))
    .map(([, label]) => label);
}

/**
 * One page of the history with, for each revision, the fields it changed
 * against the revision it was made on (which may sit on the next page).
 */
async function revisionRows(ctx: ActionContext, id: string, page: number): Promise<RevisionRowsPage> {
  const history = await listRevisions(ctx, { id });
  const pageCount = Math.max(1, Math.ceil(history.revisions.length / REVISIONS_PAGE_SIZE));
  const shown = history.revisions.slice((page - 1) * REVISIONS_PAGE_SIZE, page * REVISIONS_PAGE_SIZE);
  const baseOf = (r: RevisionSummary) => (r.kind === 'conflict' ? r.baseRevision : r.revision !== null ? r.revision - 1 : null);
  const numbers = [...new Set(shown.map(baseOf).filter((n): n is number => n !== null && n > 0))];
  const [full, bases] = await Promise.all([
    Promise.all(shown.map((r) => getRevision(ctx, { id, revision: r.id }))),
    Promise.all(numbers.map((n) => getRevision(ctx, { id, revision: n }))),
  ]);
  const byNumber = new Map(bases.map((r) => [r.revision, r]));
  const rows = full.map(({ snapshot: _snapshot, ...summary }, index) => {
    const self = full[index] as PublicationRevision;
    const base = byNumber.get(baseOf(summary));
    return { ...summary, changedFields: base ? changedFields(base, self) : null };
  });
  return { rows, total: history.revisions.length, page, pageCount };
}

function pageOf(value: string | undefined): number {
  const text = value ?? '1';
  if (!/^\d{1,6}$/.test(text) || Number(text) < 1) throw invalidField('page', 'must be a whole number from 1');
  return Number(text);
}

/**
 * Revisions of a publication: the history (who, when, what changed, kept
 * conflicts), a word diff of any two, and restore (a new revision with the
 * old content; never a rewrite of history).
 */
export function registerRevisionsScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  const guard = requirePermission('content.edit_own');

  async function showList(c: AdminContext, id: string, refusal?: FormRefusal) {
    const ctx = actionContext(c, runtime);
    const history = await revisionRows(ctx, id, refusal ? 1 : pageOf(c.req.query('page')));
    const publication = await getPublication(ctx, { id });
    return renderAdmin(c, <RevisionsPage page={await loadAdminPage(c, runtime)} publication={publication} history={history} refusal={refusal} />, refusal?.status ?? 200);
  }

  admin.get('/publications/:id/revisions', guard, (c) => showList(c, c.req.param('id')));

  admin.get('/publications/:id/revisions/diff', guard, async (c) => {
    const ctx = actionContext(c, runtime);
    const id = c.req.param('id');
    const to = c.req.query('to');
    const diff = await getRevisionDiff(ctx, { id, from: revisionRef(c.req.query('from'), 'from'), ...(to ? { to: revisionRef(to, 'to') } : {}) });
    const publication = await getPublication(ctx, { id });
    return renderAdmin(c, <RevisionDiffPage page={await loadAdminPage(c, runtime)} publication={publication} diff={diff} />);
  });

  admin.post('/publications/:id/revisions/restore', guard, async (c) => {
    const id = c.req.param('id');
    const form = await readForm(c);
    try {
      const revision = /^\d{1,9}$/.test(form.revision ?? '') ? Number(form.revision) : undefined;
      await restoreRevision(actionContext(c, runtime), { id, from: revisionRef(form.from, 'from'), ...(revision ? { revision } : {}) });
      return c.redirect(`/admin/publications/${id}/revisions?notice=revision-restored`, 303);
    } catch (error) {
      const refusal = formRefusal(c, error, ['invalid', 'conflict', 'forbidden']);
      if (!refusal) throw error;
      return showList(c, id, refusal);
    }
  });
}
