import type { FC } from 'hono/jsx';
import type { Publication } from '../../domain/publication.js';
import type { PublicationEvent } from '../../domain/publication-event.js';
import { statusLabel, type PublicationStatus } from '../../domain/workflow.js';
import type { AdminPage } from '../admin-page.js';
import { formatMoment, isoToLocalInput, timeZoneNames } from '../zoned-time.js';
import { PostForm } from './form-parts.js';

export interface WorkflowPanelProps {
  page: AdminPage;
  publication: Publication;
  /** What this actor may do with the item now (domain/workflow.ts transitionsFor). */
  transitions: readonly PublicationStatus[];
  /** The workflow steps so far, oldest first (listPublicationEvents). */
  events: readonly PublicationEvent[];
  /** Where the forms come back to (default: the publication's edit screen). */
  returnTo?: string;
}

export const STATUS_LABELS: Record<PublicationStatus, string> = {
  draft: 'Draft', in_review: 'In review', scheduled: 'Scheduled', published: 'Published', archived: 'Archived',
};

export const StatusBadge: FC<{ status: PublicationStatus }> = ({ status }) => <span class={`badge wf-status wf-${status}`}>{STATUS_LABELS[status]}</span>;

/** The words on a button, which depend on where the item comes from and who is asking. */
function buttonLabel(from: PublicationStatus, to: PublicationStatus, isAuthor: boolean): string {
  if (to === 'in_review') return from === 'draft' ? 'Submit for review' : 'Unschedule, back to review';
  if (to === 'published') return from === 'archived' ? 'Publish again' : 'Publish now';
  if (to === 'archived') return 'Archive';
  if (to === 'draft') {
    if (from === 'in_review') return isAuthor ? 'Withdraw from review' : 'Back to draft';
    if (from === 'published') return 'Withdraw, back to draft';
    if (from === 'scheduled') return 'Unschedule, back to draft';
    return 'Back to draft';
  }
  return from === 'scheduled' ? 'Reschedule' : 'Schedule';
}

const WHY: Partial<Record<PublicationStatus, string>> = {
  published: 'Goes live on the site now; the series code is assigned on first publication.',
  archived: 'Stays readable at its address but leaves the lists.',
};

/** Preselects the browser's time zone; a file (the CSP allows no inline script). */
const WORKFLOW_SCRIPT = '/admin/assets/workflow.js';


const TransitionForm: FC<{ page: AdminPage; publication: Publication; to: PublicationStatus; returnTo: string }> = ({ page, publication, to, returnTo }) => {
  const isAuthor = page.actor?.role === 'author';
  const label = buttonLabel(publication.status, to, isAuthor);
  const isDanger = to === 'archived' || (to === 'draft' && publication.status === 'published');
  return (
    <PostForm page={page} action={`/admin/publications/${publication.id}/transitions`} class="wf-action"
      confirm={isDanger ? `${label}: ${publication.title}?` : undefined}>
      <input type="hidden" name="to" value={to} />
      <input type="hidden" name="revision" value={String(publication.revision)} />
      <input type="hidden" name="back" value={returnTo} />
      <button type="submit" class={to === 'published' ? 'button button-primary' : isDanger ? 'button button-danger' : 'button button-secondary'}>{label}</button>
      {WHY[to] ? <p class="hint">{WHY[to]}</p> : null}
    </PostForm>
  );
};

const ScheduleForm: FC<{ page: AdminPage; publication: Publication; returnTo: string }> = ({ page, publication, returnTo }) => {
  const id = `schedule-${publication.id}`;
  const label = buttonLabel(publication.status, 'scheduled', false);
  return (
    <PostForm page={page} action={`/admin/publications/${publication.id}/transitions`} class="wf-action wf-schedule">
      <input type="hidden" name="to" value="scheduled" />
      <input type="hidden" name="revision" value={String(publication.revision)} />
      <input type="hidden" name="back" value={returnTo} />
      <div class="wf-schedule-fields">
        <div class="field">
          <label for={`${id}-at`}>Release date and time</label>
          <input id={`${id}-at`} name="at" type="datetime-local" required value={publication.scheduledAt ? isoToLocalInput(publication.scheduledAt, page.timeZone) : ''} aria-describedby={`${id}-note`} />
        </div>
        <div class="field">
          <label for={`${id}-tz`}>Time zone</label>
          <select id={`${id}-tz`} name="timezone" data-local-zone>
            {timeZoneNames().map((zone) => <option value={zone} selected={zone === page.timeZone}>{zone}</option>)}
          </select>
        </div>
      </div>
      <p class="hint" id={`${id}-note`}>The time is read in the zone chosen beside it (the institute’s zone, or your browser’s for a new time). It goes live at that moment, with the next series code.</p>
      <button type="submit" class="button button-secondary">{label}</button>
    </PostForm>
  );
};

function stepText(event: PublicationEvent, zone: string): string {
  if (event.fromStatus === null) return `Created as ${statusLabel(event.toStatus)}`;
  if (event.toStatus === 'scheduled' && event.scheduledFor) return `Scheduled for ${formatMoment(event.scheduledFor, zone)}`;
  if (event.toStatus === 'published' && event.code) return `Published as ${event.code}`;
  return `${STATUS_LABELS[event.fromStatus]} → ${STATUS_LABELS[event.toStatus]}`;
}

/** The workflow steps, newest first: what happened, who, when, with the note given. */
export const WorkflowHistory: FC<{ events: readonly PublicationEvent[]; zone: string }> = ({ events, zone }) => (
  events.length === 0 ? <p class="muted">No steps recorded yet.</p> : (
    <ol class="wf-history" reversed>
      {[...events].reverse().map((event) => (
        <li>
          <span class="wf-step">{stepText(event, zone)}</span>
          <span class="wf-meta">{event.actorName} · <time datetime={event.at}>{formatMoment(event.at, zone)}</time></span>
          {event.note ? <span class="wf-note">“{event.note}”</span> : null}
        </li>
      ))}
    </ol>
  )
);

/**
 * The workflow box of a publication: where it stands, the steps this actor
 * may take (only those), and the history of steps. Each button posts to
 * /admin/publications/:id/transitions (screens/workflow-screen.tsx).
 */
export const WorkflowPanel: FC<WorkflowPanelProps> = ({ page, publication, transitions, events, returnTo }) => {
  const back = returnTo ?? `/admin/publications/${publication.id}`;
  const simple = transitions.filter((t) => t !== 'scheduled');
  return (
    <section class="panel wf-panel" aria-labelledby={`wf-title-${publication.id}`}>
      <h2 class="panel-title" id={`wf-title-${publication.id}`}>Workflow</h2>
      <p class="wf-state">
        <StatusBadge status={publication.status} />
        {publication.status === 'scheduled' && publication.scheduledAt ? <span> goes live <time datetime={publication.scheduledAt}>{formatMoment(publication.scheduledAt, page.timeZone)}</time></span> : null}
        {publication.code ? <span class="wf-code">{publication.code}</span> : null}
      </p>
      {transitions.length === 0 ? (
        <p class="muted">{page.actor?.role === 'author' ? 'An editor takes it from here: reviewing, scheduling and publishing are theirs.' : 'No step is open from here.'}</p>
      ) : (
        <div class="wf-actions">
          {simple.map((to) => <TransitionForm page={page} publication={publication} to={to} returnTo={back} />)}
          {transitions.includes('scheduled') ? <ScheduleForm page={page} publication={publication} returnTo={back} /> : null}
        </div>
      )}
      <h3 class="wf-history-title">History</h3>
      <WorkflowHistory events={events} zone={page.timeZone} />
      {transitions.includes('scheduled') ? <script src={WORKFLOW_SCRIPT} defer></script> : null}
    </section>
  );
};
