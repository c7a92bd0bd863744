import type { RevisionSummary } from '../domain/revision.js';
import type { ActionContext } from './action-context.js';
import { getHistoryPublication } from './revision-access.js';

export interface RevisionHistory {
  publicationId: string;
  /** The revision the publication is at now. */
  currentRevision: number;
  /** Newest first. `kind: 'conflict'` rows are refused saves kept aside (revision null). */
  revisions: RevisionSummary[];
}

/** The revision history of a publication (editors, admins, and the item's own authors). */
export async function listRevisions(ctx: ActionContext, input: { id: string }): Promise<RevisionHistory> {
  const { publication } = await getHistoryPublication(ctx, input.id);
  return { publicationId: publication.id, currentRevision: publication.revision, revisions: await ctx.store.revisions.list(publication.id) };
}
