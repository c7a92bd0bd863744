import type { PublicationEvent } from '../domain/publication-event.js';
import type { ActionContext } from './action-context.js';
import { getHistoryPublication } from './revision-access.js';

/** The workflow steps of one publication, oldest first: who moved it where, and when. */
export async function listPublicationEvents(ctx: ActionContext, input: { id: string }): Promise<PublicationEvent[]> {
  const { publication } = await getHistoryPublication(ctx, input.id);
  return ctx.store.publicationEvents.list(publication.id);
}
