/**
 * A full-site backup as data: every table the site needs, row by row, with
 * values in one form whichever database they came from (timestamps as
 * ISO-8601 UTC text, flags as true/false, whole numbers as numbers), so a
 * backup made on one database restores onto the other and exports again
 * byte for byte.
 */
export type BackupValue = string | number | boolean | null;
export type BackupRow = Record<string, BackupValue>;

/** How a column's values are written in a backup. */
export type BackupColumnKind = 'text' | 'integer' | 'boolean' | 'timestamp';

export interface BackupColumn {
  name: string;
  kind: BackupColumnKind;
  isNullable: boolean;
}

export interface BackupTable {
  name: string;
  /** By name. */
  columns: BackupColumn[];
}

/** The files directory (media) or the generated PDFs. */
export type BackupFileStore = 'files' | 'pdf';

export interface BackupFileRef {
  store: BackupFileStore;
  path: string;
}

export const BACKUP_FORMAT = 'imprint-backup';
export const BACKUP_VERSION = 1;

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** The newest migration of the database it came from: a backup restores only where that migration has run. */
  schema: string;
  /** Password hashes, API token hashes and server secrets are in it. */
  includesSecrets: boolean;
  /** Rows per table, by table name. */
  tables: Record<string, number>;
  /** Files, with their SHA-256, sorted by store and path. */
  files: { store: BackupFileStore; path: string; sha256: string; size: number }[];
}
