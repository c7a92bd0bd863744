import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteBackupSource } from '../../actions/import-site.js';
import { invalidField } from '../../domain/errors.js';
import type { BackupFileStore, BackupManifest } from '../../domain/site-backup.js';

const FILE_PATH = /^[a-z0-9][a-z0-9._/-]*$/i;

function fail(field: string, message: string): never {
  throw invalidField(field, message);
}

function readManifest(dir: string): BackupManifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) fail('DIR', `${dir} holds no manifest.json: not a backup made by "imprint export json"`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    fail('manifest.json', `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const manifest = data as Partial<BackupManifest> | null;
  if (!manifest || typeof manifest !== 'object') fail('manifest.json', 'must be a JSON object');
  if (typeof manifest.schema !== 'string') fail('manifest.json: schema', 'must be a migration name');
  if (typeof manifest.version !== 'number') fail('manifest.json: version', 'must be a number');
  if (typeof manifest.includesSecrets !== 'boolean') fail('manifest.json: includesSecrets', 'must be true or false');
  if (!manifest.tables || typeof manifest.tables !== 'object' || Array.isArray(manifest.tables)) fail('manifest.json: tables', 'must be an object of row counts');
  for (const [name, count] of Object.entries(manifest.tables)) {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) fail(`manifest.json: tables.${name}`, 'is not a table name');
    if (!Number.isInteger(count)) fail(`manifest.json: tables.${name}`, 'must be a row count');
  }
  if (!Array.isArray(manifest.files)) fail('manifest.json: files', 'must be a list');
  manifest.files.forEach((file: Partial<BackupManifest['files'][number]>, index) => {
    const at = `manifest.json: files.${index}`;
    if (file.store !== 'files' && file.store !== 'pdf') fail(`${at}.store`, 'must be "files" or "pdf"');
    if (typeof file.path !== 'string' || !FILE_PATH.test(file.path) || file.path.split('/').includes('..')) fail(`${at}.path`, 'must be a relative file path');
    if (typeof file.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256)) fail(`${at}.sha256`, 'must be a SHA-256 in hex');
  });
  return manifest as BackupManifest;
}

/** Read a backup directory written by writeBackup; a malformed part is refused naming its file and line or field. */
export function readBackup(dir: string): SiteBackupSource {
  if (!existsSync(dir)) fail('DIR', `${dir}: no such directory`);
  const manifest = readManifest(dir);
  const tables = Object.keys(manifest.tables).map((name) => {
    const file = `tables/${name}.jsonl`;
    const path = join(dir, 'tables', `${name}.jsonl`);
    if (!existsSync(path)) fail(file, 'is missing (manifest.json lists the table)');
    const rows: SiteBackupSource['tables'][number]['rows'] = [];
    readFileSync(path, 'utf8').split('\n').forEach((text, index) => {
      if (text === '') return;
      let row: unknown;
      try {
        row = JSON.parse(text);
      } catch (error) {
        fail(`${file}:${index + 1}`, `not JSON: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!row || typeof row !== 'object' || Array.isArray(row)) fail(`${file}:${index + 1}`, 'must be a JSON object (one row)');
      rows.push({ line: index + 1, row: row as Record<string, unknown> });
    });
    return { name, file, rows };
  });
  return {
    manifest,
    tables,
    readFile: async (ref: { store: BackupFileStore; path: string }) => {
      const path = join(dir, ref.store, ...ref.path.split('/'));
      if (!existsSync(path)) fail(`${ref.store}/${ref.path}`, 'is missing (manifest.json lists it)');
      return new Uint8Array(readFileSync(path));
    },
  };
}
