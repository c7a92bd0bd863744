import { can, type Actor } from '../domain/permissions.js';
import type { PublicationStatus } from '../domain/workflow.js';

/** Statuses listed to this viewer. Archived items leave listings but keep their page. */
export function listedStatuses(): PublicationStatus[] {
  return ['published'];
}

/** Statuses whose page this viewer may open (editors preview drafts). */
export function viewableStatuses(user: Actor | null): PublicationStatus[] {
  return can(user, 'content.read_unpublished')
    ? ['draft', 'in_review', 'scheduled', 'published', 'archived']
    : ['published', 'archived'];
}
