import { can, type Actor } from './permissions.js';
import type { Publication } from './publication.js';

type OwnedItem = Pick<Publication, 'createdBy' | 'authors'>;

/**
 * An author's own work: what their account created, or an item that names
 * their person record among its authors (a co-author works on the same
 * paper). The system actor owns nothing; it acts as an admin instead.
 */
export function isOwnedBy(publication: OwnedItem, actor: Actor | null): boolean {
  if (!actor || actor.kind !== 'user') return false;
  if (publication.createdBy !== null && publication.createdBy === actor.id) return true;
  return actor.personId !== null && publication.authors.some((a) => a.personId === actor.personId);
}

/**
 * Why `actor` may not change the content of this publication, or null when
 * they may. Editors and admins edit anything; authors edit their own drafts.
 */
export function editRefusal(publication: OwnedItem & Pick<Publication, 'status'>, actor: Actor): string | null {
  if (can(actor, 'content.edit_any')) return null;
  if (!can(actor, 'content.edit_own')) return `the ${actor.role} role cannot edit publications`;
  if (!isOwnedBy(publication, actor)) return 'an author can only edit their own publications';
  if (publication.status !== 'draft') {
    return `this publication is ${publication.status.replace('_', ' ')}; an author can change it only while it is a draft`;
  }
  return null;
}

/** Whether `actor` may open this publication in the back office or the API. */
export function canView(publication: OwnedItem & Pick<Publication, 'status'>, actor: Actor | null): boolean {
  if (publication.status === 'published' || publication.status === 'archived') return true;
  return can(actor, 'content.read_unpublished') || isOwnedBy(publication, actor);
}
