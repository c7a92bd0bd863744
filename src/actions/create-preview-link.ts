import { forbidden, notFound } from '../domain/errors.js';
import { requirePermission } from '../domain/permissions.js';
import { canView } from '../domain/publication-access.js';
import type { ActionContext } from './action-context.js';
import { PREVIEW_LINK_DAYS, signPreviewToken } from './preview-token.js';

export interface PreviewLink {
  /** Site path of the preview: `/preview/<token>`. */
  path: string;
  expiresAt: string;
}

/**
 * A private link to a publication as the site will show it, for anyone who
 * holds it (a reviewer without an account), unpublished or not. Only those
 * who may see the item in the back office can make one.
 */
export async function createPreviewLink(ctx: ActionContext, input: { id: string }): Promise<PreviewLink> {
  const actor = requirePermission(ctx.user, 'content.edit_own');
  const publication = await ctx.store.publications.findById(input.id);
  if (!publication) throw notFound(`Publication ${input.id}`);
  if (!canView(publication, actor)) throw forbidden('You can make preview links only for publications you can open');
  const expiresAt = new Date(ctx.clock.now().getTime() + PREVIEW_LINK_DAYS * 24 * 60 * 60 * 1000);
  const token = await signPreviewToken(ctx, publication.id, expiresAt);
  return { path: `/preview/${token}`, expiresAt: expiresAt.toISOString() };
}
