import type { Role } from './permissions.js';

/**
 * Editorial workflow. Publishing is the only step that assigns a series code;
 * archiving keeps the code and the public URL (archived items stay readable,
 * they leave listings); going back to draft keeps the code too, so a
 * corrected item comes back under the number it was cited by.
 */
export type PublicationStatus = 'draft' | 'in_review' | 'scheduled' | 'published' | 'archived';

export const STATUSES: readonly PublicationStatus[] = ['draft', 'in_review', 'scheduled', 'published', 'archived'];

const TRANSITIONS: Record<PublicationStatus, readonly PublicationStatus[]> = {
  draft: ['in_review', 'scheduled', 'published'],
  in_review: ['draft', 'scheduled', 'published'],
  // scheduled -> scheduled moves the release time.
  scheduled: ['draft', 'in_review', 'scheduled', 'published'],
  published: ['archived', 'draft'],
  archived: ['published', 'draft'],
};

/**
 * What an author may do with their own work: submit a draft for review and
 * withdraw it again. Scheduling, publishing and archiving are editors' steps.
 */
const AUTHOR_TRANSITIONS: readonly (readonly [PublicationStatus, PublicationStatus])[] = [
  ['draft', 'in_review'],
  ['in_review', 'draft'],
];

export function canTransition(from: PublicationStatus, to: PublicationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function allowedTransitions(from: PublicationStatus): readonly PublicationStatus[] {
  return TRANSITIONS[from];
}

/**
 * Why `role` may not move an item from `from` to `to`, or null when it may.
 * The workflow itself (canTransition) is checked separately: this is about
 * who, not what.
 */
export function transitionRefusal(role: Role, isOwner: boolean, from: PublicationStatus, to: PublicationStatus): string | null {
  if (role === 'admin' || role === 'editor') return null;
  if (!AUTHOR_TRANSITIONS.some(([f, t]) => f === from && t === to)) {
    return `an author can submit a draft for review or withdraw it; moving a ${statusLabel(from)} item to ${statusLabel(to)} is for editors`;
  }
  if (!isOwner) return 'an author can only submit or withdraw their own work';
  return null;
}

/** Transitions this role may offer on an item (for buttons in the back office). */
export function transitionsFor(role: Role, isOwner: boolean, from: PublicationStatus): PublicationStatus[] {
  return TRANSITIONS[from].filter((to) => transitionRefusal(role, isOwner, from, to) === null);
}

export function statusLabel(status: PublicationStatus): string {
  return status.replace('_', ' ');
}

/** Statuses a reader may see. */
export function isPublic(status: PublicationStatus): boolean {
  return status === 'published' || status === 'archived';
}

export function isStatus(value: string): value is PublicationStatus {
  return (STATUSES as readonly string[]).includes(value);
}
