import type { FC } from 'hono/jsx';
import type { RevisionDiff } from '../../actions/get-revision-diff.js';
import type { Publication } from '../../domain/publication.js';
import type { RevisionSummary } from '../../domain/revision.js';
import type { AdminPage } from '../admin-page.js';
import type { FormRefusal } from '../form-errors.js';
import { formatMoment } from '../zoned-time.js';
import { AdminLayout } from './admin-layout.js';
import { FieldDiffs } from './diff-view.js';
import { ErrorSummary, PostForm } from './form-parts.js';

export interface RevisionRow extends RevisionSummary {
  /** Labels of the fields this revision changed against the one it was based on; null for the first. */
  changedFields: string[] | null;
}

/** Revisions listed per page: autosave makes long histories, and each row reads two snapshots. */
export const REVISIONS_PAGE_SIZE = 50;

export interface RevisionRowsPage {
  rows: RevisionRow[];
  /** Saved (numbered) revisions and refused saves over all pages. */
  total: number;
  page: number;
  pageCount: number;
}

/** "Revision 4", or for a refused save "Conflict (saved on 3)". */
export function revisionName(r: RevisionSummary): string {
  return r.revision === null ? `Kept conflict (based on revision ${r.baseRevision ?? '?'})` : `Revision ${r.revision}`;
}

function summaryOf(row: RevisionRow, byId: Map<string, RevisionSummary>): string {
  const changed = row.changedFields === null ? 'First version' : row.changedFields.length ? `Changed ${row.changedFields.join(', ').toLowerCase()}` : 'No content change';
  if (row.kind === 'restore') {
    const source = row.restoredFrom ? byId.get(row.restoredFrom) : undefined;
    return `Restored ${source ? revisionName(source).toLowerCase() : 'an earlier revision'}. ${changed}.`;
  }
  if (row.kind === 'conflict') {
    return `Refused save: it was made on revision ${row.baseRevision ?? '?'} while someone else had saved a newer one. Kept so nothing is lost. ${changed}.`;
  }
  return `${changed}.`;
}

const RestoreButton: FC<{ page: AdminPage; publication: Publication; revision: RevisionSummary; label?: string }> = ({ page, publication, revision, label }) => (
  <PostForm page={page} action={`/admin/publications/${publication.id}/revisions/restore`} class="inline-form"
    confirm={`Bring back the content of ${revisionName(revision).toLowerCase()}? It is saved as a new revision; nothing is deleted.`}>
    <input type="hidden" name="from" value={revision.id} />
    <input type="hidden" name="revision" value={String(publication.revision)} />
    <button type="submit" class="button button-small button-secondary">{label ?? 'Restore'}</button>
  </PostForm>
);

function diffHref(publicationId: string, from: string, to: string): string {
  return `/admin/publications/${publicationId}/revisions/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
}

const Header = (publication: Publication) => (
  <>
    <a href={`/admin/publications/${publication.id}/workflow`} class="button button-secondary">Workflow</a>
    <a href={`/admin/publications/${publication.id}`} class="button button-secondary">Edit</a>
  </>
);

/**
 * The history of a publication, newest first. Two radio columns pick any
 * two revisions to compare (a GET form: the comparison has its own URL);
 * each row can be restored.
 */
export const RevisionsPage: FC<{ page: AdminPage; publication: Publication; history: RevisionRowsPage; refusal?: FormRefusal | undefined }> = ({ page, publication, history, refusal }) => {
  const { rows } = history;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const numbered = rows.filter((r) => r.revision !== null);
  const defaultTo = numbered[0]?.id;
  const defaultFrom = numbered[1]?.id ?? defaultTo;
  const conflicts = rows.filter((r) => r.kind === 'conflict').length;
  const pageHref = (n: number) => `/admin/publications/${publication.id}/revisions${n > 1 ? `?page=${n}` : ''}`;
  return (
    <AdminLayout page={page} title={`Revisions: ${publication.title}`}
      lede={history.pageCount > 1
        ? `Now at revision ${publication.revision}; ${history.total} entries in the history, ${REVISIONS_PAGE_SIZE} to a page.`
        : `${numbered.length} saved revision${numbered.length === 1 ? '' : 's'}; now at revision ${publication.revision}.${conflicts ? ` ${conflicts} refused save${conflicts === 1 ? ' is' : 's are'} kept aside.` : ''}`}
      actions={Header(publication)}>
      <ErrorSummary message={refusal?.message} issues={refusal?.issues} />
      <form method="get" action={`/admin/publications/${publication.id}/revisions/diff`} class="revision-compare">
        <div class="panel table-panel">
          <table class="data-table revisions-table">
            <caption class="visually-hidden">Revisions, newest first. Choose one in the “From” column and one in the “To” column, then compare.</caption>
            <thead>
              <tr><th scope="col">From</th><th scope="col">To</th><th scope="col">Revision</th><th scope="col">Who</th><th scope="col">When</th><th scope="col">Summary</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const isCurrent = r.revision === publication.revision;
                const previous = r.kind === 'conflict' ? numbered.find((n) => n.revision === r.baseRevision) : numbered.find((n) => n.revision !== null && r.revision !== null && n.revision < r.revision);
                return (
                  <tr class={r.kind === 'conflict' ? 'is-conflict' : undefined}>
                    <td><input type="radio" name="from" value={r.id} checked={r.id === defaultFrom} aria-label={`Compare from ${revisionName(r).toLowerCase()}`} /></td>
                    <td><input type="radio" name="to" value={r.id} checked={r.id === defaultTo} aria-label={`Compare to ${revisionName(r).toLowerCase()}`} /></td>
                    <td class="nowrap">
                      {r.kind === 'conflict' ? <span class="badge rev-conflict">Conflict</span> : <strong>{revisionName(r)}</strong>}
                      {isCurrent ? <span class="badge rev-current">Current</span> : null}
                      {r.kind === 'restore' ? <span class="badge rev-restore">Restore</span> : null}
                    </td>
                    <td class="nowrap">{r.actorName}</td>
                    <td class="nowrap"><time datetime={r.createdAt}>{formatMoment(r.createdAt, page.timeZone)}</time></td>
                    <td class="revision-summary">{summaryOf(r, byId)}</td>
                    <td class="nowrap row-actions">
                      {previous ? <a href={diffHref(publication.id, previous.id, r.id)} class="subtle-link">Changes</a> : null}
                      {isCurrent ? null : <RestoreButton page={page} publication={publication} revision={r} />}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {rows.length > 1 ? <div class="form-actions"><button type="submit" class="button button-primary">Compare the chosen revisions</button></div> : null}
      </form>
      {history.pageCount > 1 ? (
        <nav class="pagination" aria-label="Pages of the history">
          {history.page > 1 ? <a href={pageHref(history.page - 1)} rel="prev" class="button button-secondary button-small">Newer</a> : null}
          <span class="pagination-status">Page {history.page} of {history.pageCount}</span>
          {history.page < history.pageCount ? <a href={pageHref(history.page + 1)} rel="next" class="button button-secondary button-small">Older</a> : null}
        </nav>
      ) : null}
    </AdminLayout>
  );
};

/** Two revisions side by side as one track-changes text, with restore for the older side. */
export const RevisionDiffPage: FC<{ page: AdminPage; publication: Publication; diff: RevisionDiff }> = ({ page, publication, diff }) => {
  const side = (r: RevisionSummary) => `${revisionName(r)} · ${r.actorName} · ${formatMoment(r.createdAt, page.timeZone)}`;
  const restorable = [diff.from, diff.to].filter((r) => r.revision !== publication.revision);
  return (
    <AdminLayout page={page} title={`Changes: ${publication.title}`} lede="Word by word, from the older revision to the newer one." actions={Header(publication)}>
      <div class="panel diff-sides">
        <dl>
          <div><dt>From</dt><dd>{side(diff.from)}{diff.from.kind === 'conflict' ? <span class="badge rev-conflict">Conflict</span> : null}</dd></div>
          <div><dt>To</dt><dd>{side(diff.to)}{diff.to.kind === 'conflict' ? <span class="badge rev-conflict">Conflict</span> : null}</dd></div>
        </dl>
        <div class="diff-side-actions">
          <a href={`/admin/publications/${publication.id}/revisions`} class="subtle-link">All revisions</a>
          <a href={diffHref(publication.id, diff.to.id, diff.from.id)} class="subtle-link">Swap sides</a>
          {restorable.map((r) => <RestoreButton page={page} publication={publication} revision={r} label={`Restore ${revisionName(r).toLowerCase()}`} />)}
        </div>
      </div>
      <FieldDiffs fields={diff.fields} />
    </AdminLayout>
  );
};
