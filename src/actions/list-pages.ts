import { requirePermission } from '../domain/permissions.js';
import type { PageRecord } from '../store/repositories/page-repository.js';
import type { ActionContext } from './action-context.js';

/** Every page of the tree, unpublished ones too, by path: what the back office edits. */
export async function listPages(ctx: ActionContext): Promise<PageRecord[]> {
  requirePermission(ctx.user, 'structure.edit');
  return ctx.store.pages.list();
}
