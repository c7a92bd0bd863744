import { z } from 'zod';
import type { Publication } from '../domain/publication.js';
import type { ActionContext } from './action-context.js';
import { draftOfSnapshot } from './build-publication-write.js';
import { parseInput } from './parse-input.js';
import { getHistoryPublication, getRevisionOf } from './revision-access.js';
import { savePublicationContent } from './save-publication-content.js';

const restoreInput = z.object({
  id: z.string().min(1),
  /** The revision whose content comes back: an id (any revision, also a kept conflict) or a number. */
  from: z.union([z.string().min(1), z.number().int().positive()]),
  /** The revision the editor is looking at now (default: the current one). A newer one is a conflict. */
  revision: z.number().int().positive().optional(),
});

export type RestoreRevisionInput = z.input<typeof restoreInput>;

/**
 * Bring back the content of an earlier revision (or of a refused save kept
 * aside) as a new save: the history grows, it is never rewritten. The same
 * rules as any save apply (authors: own drafts; stale -> conflict, kept).
 */
export async function restoreRevision(ctx: ActionContext, input: RestoreRevisionInput): Promise<Publication> {
  const data = parseInput(restoreInput, input);
  const { actor, publication } = await getHistoryPublication(ctx, data.id);
  const source = await getRevisionOf(ctx, publication.id, data.from, 'from');
  return savePublicationContent(ctx, actor, {
    id: publication.id,
    baseRevision: data.revision ?? publication.revision,
    patch: draftOfSnapshot(source.snapshot),
    kind: 'restore',
    restoredFrom: source.id,
  });
}
