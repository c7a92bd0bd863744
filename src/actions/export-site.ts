import { z } from 'zod';
import { requirePermission } from '../domain/permissions.js';
import type { BackupFileRef, BackupRow, BackupTable } from '../domain/site-backup.js';
import type { ActionContext } from './action-context.js';
import { parseInput } from './parse-input.js';

const exportInput = z.object({
  /** Password hashes, API token hashes and server secrets; without them accounts come back without a password. */
  includeSecrets: z.boolean().default(false),
});

export interface SiteExport {
  schema: string;
  includesSecrets: boolean;
  tables: { table: BackupTable; rows: BackupRow[] }[];
  /** Files the rows name: media and their variants, generated PDFs. Sorted, each once. */
  files: BackupFileRef[];
}

function filesOf(tables: SiteExport['tables']): BackupFileRef[] {
  const refs = new Map<string, BackupFileRef>();
  const add = (ref: BackupFileRef) => refs.set(`${ref.store}:${ref.path}`, ref);
  for (const { table, rows } of tables) {
    for (const row of rows) {
      if (table.name === 'media_files' && typeof row.path === 'string') {
        add({ store: 'files', path: row.path });
        const variants = typeof row.variants === 'string' ? (JSON.parse(row.variants) as { path?: unknown }[]) : [];
        for (const variant of variants) if (typeof variant.path === 'string') add({ store: 'files', path: variant.path });
      }
      if (table.name === 'publication_pdfs' && row.kind === 'generated' && typeof row.file_path === 'string') add({ store: 'pdf', path: row.file_path });
    }
  }
  return [...refs.values()].sort((a, b) => (`${a.store}:${a.path}` < `${b.store}:${b.path}` ? -1 : 1));
}

/**
 * Everything a site is, read in one transaction so the tables agree with each
 * other: content, revisions, settings, menus, people, users, the import
 * records and the media library's list of files. Admins only: it holds every
 * account.
 */
export async function exportSite(ctx: ActionContext, input: z.input<typeof exportInput> = {}): Promise<SiteExport> {
  requirePermission(ctx.user, 'users.manage');
  const { includeSecrets } = parseInput(exportInput, input);
  const { secretTables, secretColumns } = ctx.store.backup.secrets;
  // The catalog is read outside the transaction: a failed catalog read there would spoil it for the retry.
  const found = await ctx.store.backup.listTables();
  return ctx.store.transaction(async (tx) => {
    const tables: SiteExport['tables'] = [];
    for (const table of found) {
      if (!includeSecrets && secretTables.has(table.name)) continue;
      tables.push({ table, rows: await tx.backup.readRows(table, includeSecrets ? [] : secretColumns[table.name] ?? []) });
    }
    return { schema: await tx.backup.schemaVersion(), includesSecrets: includeSecrets, tables, files: filesOf(tables) };
  });
}
