import type { BackupColumnKind } from '../../domain/site-backup.js';

/**
 * What a full-site backup carries, table by table. Everything is carried
 * except what the site rebuilds or what only matters to one running
 * installation; a table added by a later migration is carried too, with no
 * change here, unless it is listed below.
 */
const NEVER_CARRIED = new Set([
  // Sign-in sessions, pending reset links and rate-limit counters belong to the installation they were made on.
  'sessions', 'verifications', 'auth_attempts',
  // Change tags passed between the processes sharing one database file (see the dialects' change channels).
  'imprint_change_log',
]);
/** The migrator's bookkeeping, and the search index (rebuilt from the publications after a restore). */
const NEVER_CARRIED_PREFIXES = ['kysely_', 'search_'];

/** Tables carried only with --include-secrets: without their hashes, API tokens are useless; server secrets are made anew. */
export const SECRET_TABLES = new Set(['api_tokens', 'server_secrets']);

/** Columns blanked without --include-secrets: accounts come back without a password, and their owners reset it. */
export const SECRET_COLUMNS: Record<string, readonly string[]> = {
  auth_accounts: ['password', 'access_token', 'refresh_token', 'id_token'],
};

export function isCarried(table: string): boolean {
  return !NEVER_CARRIED.has(table) && !NEVER_CARRIED_PREFIXES.some((prefix) => table.startsWith(prefix));
}

/**
 * Tables in the order rows go in, referenced tables first (the order the
 * migrations made them). A table missing here goes after these, by name:
 * new tables refer to older ones.
 */
const RESTORE_ORDER = [
  'units', 'series', 'series_counters', 'directory_groups', 'people', 'person_units', 'taxonomies', 'terms',
  'publications', 'publication_authors', 'publication_terms', 'publication_units', 'redirects', 'pages', 'menu_items', 'settings',
  'users', 'auth_accounts', 'api_tokens', 'server_secrets',
  'publication_revisions', 'publication_events', 'jobs', 'audit_log', 'media_files', 'import_items', 'publication_pdfs',
];

export function restoreRank(table: string): number {
  const index = RESTORE_ORDER.indexOf(table);
  return index < 0 ? RESTORE_ORDER.length : index;
}

/** A column's kind from the type the database reports for it (declared types on one database, type names on the other). */
export function columnKindOf(dataType: string): BackupColumnKind {
  const type = dataType.toLowerCase();
  if (type.startsWith('bool')) return 'boolean';
  if (type.startsWith('timestamp')) return 'timestamp';
  if (/int/.test(type)) return 'integer';
  return 'text';
}
