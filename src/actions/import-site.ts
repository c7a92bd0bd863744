import { createHash } from 'node:crypto';
import { tags } from '../domain/change-tags.js';
import { conflict, invalid, invalidField, type FieldIssue } from '../domain/errors.js';
import { requirePermission } from '../domain/permissions.js';
import { NO_PROGRESS, type Progress } from '../domain/progress.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupColumn, type BackupFileRef, type BackupManifest, type BackupRow, type BackupTable, type BackupValue } from '../domain/site-backup.js';
import type { Store } from '../store/store.js';
import type { ActionContext } from './action-context.js';
import { reindexPublications } from './reindex-publications.js';

/** A backup as read from its directory, each row with the file and line it came from. */
export interface SiteBackupSource {
  manifest: BackupManifest;
  tables: { name: string; file: string; rows: { line: number; row: Record<string, unknown> }[] }[];
  readFile(ref: BackupFileRef): Promise<Uint8Array>;
}

export interface ImportSiteInput {
  source: SiteBackupSource;
  /** Empty a site that has content first; without it such a site is refused. */
  shouldReplace?: boolean;
  /** One step per table written, per file copied, and one for the search index. */
  progress?: Progress;
}

export interface ImportSiteReport {
  tables: { name: string; rows: number }[];
  files: number;
  includesSecrets: boolean;
  publicationsIndexed: number;
}

interface CheckedTable {
  table: BackupTable;
  rows: BackupRow[];
}

function checkValue(column: BackupColumn, value: unknown): string | null {
  if (value === null) return column.isNullable ? null : 'must not be null';
  switch (column.kind) {
    case 'text':
      return typeof value === 'string' ? null : 'must be text';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? null : 'must be a whole number';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'timestamp':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? null : 'must be an ISO-8601 time';
  }
}

/** Every row checked against the columns of this database, before anything is written; the issues name file, line and field. */
function checkRows(source: SiteBackupSource, targets: ReadonlyMap<string, BackupTable>): CheckedTable[] {
  const issues: FieldIssue[] = [];
  const out: CheckedTable[] = [];
  for (const dump of source.tables) {
    const table = targets.get(dump.name);
    if (!table) {
      issues.push({ field: dump.file, message: `this site has no table "${dump.name}" to restore it into` });
      continue;
    }
    const known = new Set(table.columns.map((c) => c.name));
    const rows: BackupRow[] = [];
    for (const { line, row } of dump.rows) {
      const at = (field: string) => `${dump.file}:${line}: ${field}`;
      for (const name of Object.keys(row)) if (!known.has(name)) issues.push({ field: at(name), message: `no such column in ${dump.name}` });
      const checked: BackupRow = {};
      for (const column of table.columns) {
        const value = column.name in row ? row[column.name] : null;
        const problem = checkValue(column, value);
        if (problem) issues.push({ field: at(column.name), message: problem });
        else checked[column.name] = value as BackupValue;
      }
      rows.push(checked);
      if (issues.length >= 20) throw invalid(issues);
    }
    const declared = source.manifest.tables[dump.name];
    if (declared !== dump.rows.length) issues.push({ field: `manifest.json: tables.${dump.name}`, message: `says ${declared ?? 'nothing about'} rows; ${dump.file} has ${dump.rows.length}` });
    out.push({ table, rows });
  }
  if (issues.length) throw invalid(issues);
  return out;
}

async function checkFiles(source: SiteBackupSource): Promise<void> {
  for (const file of source.manifest.files) {
    const bytes = await source.readFile(file);
    if (createHash('sha256').update(bytes).digest('hex') !== file.sha256) {
      throw invalidField(`${file.store}/${file.path}`, 'its content does not match the SHA-256 in manifest.json');
    }
  }
}

/** The rows, in one transaction: refused when the site has content and replacing was not asked for. */
async function writeRows(tx: Store, targets: readonly BackupTable[], checked: CheckedTable[], shouldReplace: boolean, progress: Progress): Promise<void> {
  const filled: string[] = [];
  for (const table of targets) {
    const count = await tx.backup.countRows(table);
    // Server secrets appear when an installation first runs; a backup's own replace them, and without them they stay.
    if (count > 0 && !tx.backup.secrets.secretTables.has(table.name)) filled.push(`${table.name} (${count})`);
  }
  if (filled.length && !shouldReplace) {
    throw conflict(`The site is not empty: ${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ', …' : ''}. Restore into a new site, or replace everything it has (--replace).`);
  }
  const restored = new Set(checked.map((c) => c.table.name));
  await tx.backup.deleteAll(shouldReplace ? targets : targets.filter((t) => restored.has(t.name) && tx.backup.secrets.secretTables.has(t.name)));
  for (const { table, rows } of checked) {
    await tx.backup.insertRows(table, rows);
    progress.tick(`${table.name} (${rows.length} rows)`);
  }
}

async function copyFiles(ctx: ActionContext, source: SiteBackupSource, progress: Progress): Promise<void> {
  for (const file of source.manifest.files) {
    const store = file.store === 'pdf' ? ctx.pdf?.files : ctx.files;
    if (store) await store.write(file.path, await source.readFile(file));
    progress.tick(file.path);
  }
}

/**
 * Restore a full-site backup: every row checked first (file, line and field
 * named), then all written in one transaction, so a refused or failed restore
 * leaves the site as it was; then the files, then the search index rebuilt.
 * A site that already has content is refused unless `shouldReplace`.
 */
export async function importSite(ctx: ActionContext, input: ImportSiteInput): Promise<ImportSiteReport> {
  requirePermission(ctx.user, 'users.manage');
  const { source, shouldReplace = false, progress = NO_PROGRESS } = input;
  const { manifest } = source;
  if (manifest.format !== BACKUP_FORMAT) throw invalidField('manifest.json: format', `must be "${BACKUP_FORMAT}"`);
  if (manifest.version !== BACKUP_VERSION) throw invalidField('manifest.json: version', `version ${manifest.version} is not one this installation reads (it reads ${BACKUP_VERSION})`);
  const current = await ctx.store.backup.schemaVersion();
  if (manifest.schema > current) throw invalidField('manifest.json: schema', `made after migration ${manifest.schema}; this installation knows migrations up to ${current}: upgrade it first`);

  const targets = await ctx.store.backup.listTables();
  const checked = checkRows(source, new Map(targets.map((t) => [t.name, t])));
  await checkFiles(source);

  progress.start(checked.length + manifest.files.length + 1);
  try {
    await ctx.store.transaction((tx) => writeRows(tx, targets, checked, shouldReplace, progress));
    await copyFiles(ctx, source, progress);
    const indexed = await reindexPublications(ctx);
    progress.tick('search index');
    // Every page shows the chrome: a server running beside the restore drops all its cached pages.
    ctx.events.emit([tags.chrome]);
    ctx.log.info('site restored from a backup', { tables: checked.length, files: manifest.files.length });
    return {
      tables: checked.map(({ table, rows }) => ({ name: table.name, rows: rows.length })),
      files: manifest.files.length,
      includesSecrets: manifest.includesSecrets,
      publicationsIndexed: indexed.publications,
    };
  } finally {
    progress.stop();
  }
}
