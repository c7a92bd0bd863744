import type { PublicationStatus } from './workflow.js';

/** One workflow step of a publication: who moved it where, and when. */
export interface PublicationEvent {
  id: string;
  publicationId: string;
  /** Null when the publication was created. */
  fromStatus: PublicationStatus | null;
  toStatus: PublicationStatus;
  at: string;
  /** For `scheduled`: the release time chosen. */
  scheduledFor: string | null;
  /** The series code after the step (drawn on first publication). */
  code: string | null;
  actorId: string;
  actorName: string;
  note: string;
}
