import type { FC } from 'hono/jsx';
import type { Hono } from 'hono';
import type { ActionContext } from '../../actions/action-context.js';
import { getPublication } from '../../actions/get-publication.js';
import { listPublicationEvents } from '../../actions/list-publication-events.js';
import { transitionPublication } from '../../actions/transition-publication.js';
import { invalidField } from '../../domain/errors.js';
import type { Publication } from '../../domain/publication.js';
import type { PublicationEvent } from '../../domain/publication-event.js';
import { isOwnedBy } from '../../domain/publication-access.js';
import { transitionsFor, type PublicationStatus } from '../../domain/workflow.js';
import { actionContext, type AdminContext, type AdminEnv, type AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin, type AdminPage } from '../admin-page.js';
import { readForm } from '../form-data.js';
import { formRefusal, type FormRefusal } from '../form-errors.js';
import { requirePermission, safeNext } from '../require-permission.js';
import { AdminLayout } from '../views/admin-layout.js';
import { ErrorSummary } from '../views/form-parts.js';
import { WorkflowPanel } from '../views/workflow-panel.js';
import { zonedToIso } from '../zoned-time.js';

export interface WorkflowPanelData {
  transitions: PublicationStatus[];
  events: PublicationEvent[];
}

/** What <WorkflowPanel> needs besides the publication: the steps open to this actor and the history. */
export async function loadWorkflowPanel(ctx: ActionContext, publication: Publication): Promise<WorkflowPanelData> {
  const actor = ctx.user;
  const transitions = actor ? transitionsFor(actor.role, isOwnedBy(publication, actor), publication.status) : [];
  return { transitions, events: await listPublicationEvents(ctx, { id: publication.id }) };
}

const NOTICE_OF: Record<PublicationStatus, string> = {
  in_review: 'publication-submitted',
  scheduled: 'publication-scheduled',
  published: 'publication-published',
  archived: 'publication-archived',
  draft: 'publication-to-draft',
};

/** A release time from the form's datetime-local value and its zone; errors name the `at` field. */
function releaseTime(form: Record<string, string>): string | undefined {
  const local = (form.at ?? '').trim();
  if (!local) return undefined;
  const iso = zonedToIso(local, form.timezone || 'UTC');
  if (!iso) throw invalidField('at', `${JSON.stringify(local)} in ${form.timezone || 'UTC'} is not a date and time (expected e.g. 2025-03-01 09:00 and a known time zone)`);
  return iso;
}

const WorkflowPage: FC<{ page: AdminPage; publication: Publication; data: WorkflowPanelData; refusal?: FormRefusal | undefined }> = ({ page, publication, data, refusal }) => (
  <AdminLayout page={page} title={publication.title} lede={publication.code ? `${publication.code} · workflow` : 'Workflow'}
    actions={<>
      <a href={`/admin/publications/${publication.id}/revisions`} class="button button-secondary">Revisions</a>
      <a href={`/admin/publications/${publication.id}`} class="button button-secondary">Edit</a>
    </>}>
    <ErrorSummary message={refusal?.message} issues={refusal?.issues} />
    <WorkflowPanel page={page} publication={publication} transitions={data.transitions} events={data.events} returnTo={`/admin/publications/${publication.id}/workflow`} />
  </AdminLayout>
);

/**
 * Workflow steps of a publication: POST /admin/publications/:id/transitions
 * (the <WorkflowPanel> buttons) and a page of its own at .../workflow, where
 * a refused step is explained. The edit screen embeds the same panel.
 */
export function registerWorkflowScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  const guard = requirePermission('content.edit_own');

  async function show(c: AdminContext, id: string, refusal?: FormRefusal) {
    const ctx = actionContext(c, runtime);
    const publication = await getPublication(ctx, { id });
    const data = await loadWorkflowPanel(ctx, publication);
    return renderAdmin(c, <WorkflowPage page={await loadAdminPage(c, runtime)} publication={publication} data={data} refusal={refusal} />, refusal?.status ?? 200);
  }

  admin.get('/publications/:id/workflow', guard, (c) => show(c, c.req.param('id')));

  admin.post('/publications/:id/transitions', guard, async (c) => {
    const id = c.req.param('id');
    const form = await readForm(c);
    try {
      const revision = /^\d+$/.test(form.revision ?? '') ? Number(form.revision) : undefined;
      const moved = await transitionPublication(actionContext(c, runtime), {
        id, to: (form.to ?? '') as PublicationStatus, at: releaseTime(form), revision, note: form.note ?? '',
      });
      const back = safeNext(form.back || `/admin/publications/${id}/workflow`);
      return c.redirect(`${back}${back.includes('?') ? '&' : '?'}notice=${NOTICE_OF[moved.status]}`, 303);
    } catch (error) {
      const refusal = formRefusal(c, error, ['invalid', 'conflict', 'forbidden']);
      if (!refusal) throw error;
      return show(c, id, refusal);
    }
  });
}
