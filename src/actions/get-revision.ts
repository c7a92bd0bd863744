import type { PublicationRevision } from '../domain/revision.js';
import type { ActionContext } from './action-context.js';
import { getHistoryPublication, getRevisionOf } from './revision-access.js';

/**
 * One revision with its full content: by id (`revision: "..."`, e.g. the
 * `keptRevisionId` of a conflict) or by number (`revision: 3`).
 */
export async function getRevision(ctx: ActionContext, input: { id: string; revision: string | number }): Promise<PublicationRevision> {
  const { publication } = await getHistoryPublication(ctx, input.id);
  return getRevisionOf(ctx, publication.id, input.revision, 'revision');
}
