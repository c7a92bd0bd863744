import { z } from 'zod';
import { requirePermission } from '../domain/permissions.js';
import type { Publication } from '../domain/publication.js';
import type { ActionContext } from './action-context.js';
import { parseInput } from './parse-input.js';
import { publicationPatchFields } from './publication-input.js';
import { savePublicationContent } from './save-publication-content.js';

const updateInput = z.object({
  id: z.string().min(1),
  /** The revision the edit was made on; a newer stored revision means a conflict. */
  revision: z.number().int().positive(),
  ...publicationPatchFields,
});

export type UpdatePublicationInput = z.input<typeof updateInput>;

/**
 * Change some fields of a publication. Fields left out keep their value. The
 * series code never changes here: it belongs to the item once published.
 *
 * Editors and admins edit any publication; authors only their own drafts
 * (forbidden otherwise). Every save is a revision. A save on a stale
 * `revision` fails with a `conflict` error whose `details.keptRevisionId`
 * names the revision where the refused content was kept.
 */
export async function updatePublication(ctx: ActionContext, input: UpdatePublicationInput): Promise<Publication> {
  const actor = requirePermission(ctx.user, 'content.edit_own');
  const { id, revision, ...patch } = parseInput(updateInput, input);
  return savePublicationContent(ctx, actor, { id, baseRevision: revision, patch, kind: 'save' });
}
