/**
 * Row types of the editorial tables (migration 0003-editorial): revisions,
 * workflow events, jobs, the audit log and the media library. Same
 * conventions as schema.ts: text ids, ISO-8601 UTC text timestamps, JSON as
 * text, booleans as 0/1.
 */
export interface PublicationRevisionTable {
  id: string;
  publication_id: string;
  /** The publication's revision number this row holds; null for a refused (conflicted) save. */
  revision: number | null;
  /** `save`, `restore` or `conflict`. */
  kind: string;
  /** The revision the editor was looking at when saving. */
  base_revision: number | null;
  /** For a restore: the revision row whose content came back. */
  restored_from: string | null;
  /** JSON of RevisionSnapshot. */
  snapshot: string;
  actor_id: string;
  actor_name: string;
  created_at: string;
}

export interface PublicationEventTable {
  id: string;
  publication_id: string;
  /** Null for the creation event. */
  from_status: string | null;
  to_status: string;
  at: string;
  /** For `scheduled`: the release time chosen. */
  scheduled_for: string | null;
  code: string | null;
  actor_id: string;
  actor_name: string;
  note: string;
}

export interface JobTable {
  id: string;
  kind: string;
  /** JSON. */
  payload: string;
  /** Groups the jobs of one subject (`publication:ID`), so they can be cancelled together. */
  job_key: string | null;
  /** `queued`, `running`, `done`, `failed` or `cancelled`. */
  status: string;
  run_at: string;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  locked_by: string | null;
  locked_at: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_kind: string;
  actor_id: string;
  actor_name: string;
  /** `publication.update`, `series.save`, `media.delete` ... */
  action: string;
  entity_kind: string;
  entity_id: string;
  summary: string;
}

export interface MediaFileTable {
  id: string;
  /** `image` or `document`. */
  kind: string;
  /** Under the files directory, e.g. `media/2025/01/<id>-figure.png`; served at `/files/<path>`. */
  path: string;
  original_name: string;
  mime_type: string;
  size_bytes: number;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
  /** JSON of MediaVariant[]. */
  variants: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface EditorialDatabase {
  publication_revisions: PublicationRevisionTable;
  publication_events: PublicationEventTable;
  jobs: JobTable;
  audit_log: AuditLogTable;
  media_files: MediaFileTable;
}
