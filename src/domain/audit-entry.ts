/** One line of the audit log: who changed what, when. */
export interface AuditEntry {
  id: string;
  at: string;
  actorKind: 'user' | 'system';
  actorId: string;
  actorName: string;
  /** `<entity kind>.<verb>`: `publication.update`, `series.save`, `media.delete` ... */
  action: string;
  entityKind: string;
  entityId: string;
  /** One line a person reads: `Saved series "IDSS Papers"`. */
  summary: string;
}
