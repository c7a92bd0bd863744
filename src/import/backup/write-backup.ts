import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ActionContext } from '../../actions/action-context.js';
import type { SiteExport } from '../../actions/export-site.js';
import { invalidField } from '../../domain/errors.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupManifest } from '../../domain/site-backup.js';

/**
 * A backup on disk, made to be compared byte for byte:
 *   manifest.json         format, schema, row counts, files with SHA-256
 *   tables/<table>.jsonl  one row per line, keys sorted, rows sorted
 *   files/<path>          the media library's files (as under /files/)
 *   pdf/<path>            generated PDFs
 * Nothing in it says when or where it was made.
 */
export async function writeBackup(ctx: ActionContext, dir: string, site: SiteExport): Promise<BackupManifest> {
  if (existsSync(dir) && readdirSync(dir).length > 0) throw invalidField('DIR', `${dir} is not empty; give a new or empty directory`);
  mkdirSync(join(dir, 'tables'), { recursive: true });
  const tables: Record<string, number> = {};
  for (const { table, rows } of site.tables) {
    tables[table.name] = rows.length;
    writeFileSync(join(dir, 'tables', `${table.name}.jsonl`), rows.map((row) => `${JSON.stringify(row)}\n`).join(''));
  }
  const files: BackupManifest['files'] = [];
  for (const ref of site.files) {
    const store = ref.store === 'pdf' ? ctx.pdf?.files : ctx.files;
    // A row naming a file that is gone (deleted by hand) is not worth failing the backup for; the restore will lack it too.
    if (!store || !(await store.exists(ref.path))) {
      ctx.log.warn('a file named in the database is missing; left out of the backup', { store: ref.store, path: ref.path });
      continue;
    }
    const bytes = await store.read(ref.path);
    const target = join(dir, ref.store, ...ref.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    files.push({ store: ref.store, path: ref.path, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length });
  }
  const manifest: BackupManifest = { format: BACKUP_FORMAT, version: BACKUP_VERSION, schema: site.schema, includesSecrets: site.includesSecrets, tables, files };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
