import { z } from 'zod';
import { requirePermission } from '../domain/permissions.js';
import type { Publication } from '../domain/publication.js';
import type { ActionContext } from './action-context.js';
import { parseInput } from './parse-input.js';
import { transitionPublication } from './transition-publication.js';

const publishInput = z.object({
  id: z.string().min(1),
  /** When given, the revision the publisher saw; a newer one is a conflict. */
  revision: z.number().int().positive().optional(),
  /** Override the publish time (backdated archive items). */
  publishedAt: z.iso.datetime({ offset: true }).optional(),
});

/**
 * Make a publication public: the `published` transition. An item of a
 * numbered series without a code gets the next one, in the same transaction
 * as the status change (see transitionPublication).
 */
export async function publishPublication(ctx: ActionContext, input: z.input<typeof publishInput>): Promise<Publication> {
  requirePermission(ctx.user, 'content.publish');
  const data = parseInput(publishInput, input);
  return transitionPublication(ctx, {
    id: data.id,
    to: 'published',
    ...(data.revision !== undefined ? { revision: data.revision } : {}),
    ...(data.publishedAt ? { at: data.publishedAt } : {}),
  });
}
