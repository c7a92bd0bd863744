import { withUser, type ActionContext } from '../../../src/actions/action-context.js';
import type { Actor } from '../../../src/domain/permissions.js';
import type { Services } from '../../../src/services.js';

/** Accounts of a small publications office. Ids are what the accounts tables would hold. */
export const admin: Actor = { kind: 'user', id: 'u-admin', name: 'Ada Admin', role: 'admin', personId: null };
export const editor: Actor = { kind: 'user', id: 'u-editor', name: 'Eddie Editor', role: 'editor', personId: null };
export const authorA: Actor = { kind: 'user', id: 'u-author-a', name: 'Alice Author', role: 'author', personId: null };
export const authorB: Actor = { kind: 'user', id: 'u-author-b', name: 'Bob Author', role: 'author', personId: null };

export function as(services: Pick<Services, 'context'>, actor: Actor | null): ActionContext {
  return withUser(services.context(null), actor);
}
