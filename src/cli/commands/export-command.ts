import type { Command } from 'commander';
import { withUser } from '../../actions/action-context.js';
import { exportSite } from '../../actions/export-site.js';
import { SYSTEM_ACTOR } from '../../domain/permissions.js';
import { writeBackup } from '../../import/backup/write-backup.js';
import type { CliIo, CliRuntime } from '../cli-runtime.js';
import { databaseOverrides, withDatabaseOptions, type CommonOptions } from '../common-options.js';

interface ExportOptions extends CommonOptions {
  includeSecrets?: boolean;
}

const HELP = `
DIR gets manifest.json, tables/<table>.jsonl (one row per line, sorted) and
the media files under files/. Everything is in it: publications and their
revisions, series, people, units, vocabularies, pages, menus, settings,
redirects, media, users, the audit log and import records. Sessions,
password-reset links and the search index are not (the search index is
rebuilt on restore). Without --include-secrets, accounts are exported without
their passwords (their owners reset them) and API tokens are left out.
The same site always gives the same bytes, on either database.`;

/** `imprint export json DIR`: a full-site backup that \`imprint import json\` restores. */
export function registerExportCommand(program: Command, runtime: CliRuntime, io: CliIo): void {
  const command = program.command('export').description('export the whole site: json (a backup "imprint import json" restores)');
  withDatabaseOptions(command.command('json'))
    .description('write a full-site backup to a new or empty directory')
    .argument('<dir>', 'the directory to write (created when missing; must be empty)')
    .option('--include-secrets', 'include password hashes, API token hashes and server secrets')
    .addHelpText('after', HELP)
    .action(async (dir: string, options: ExportOptions) => {
      const config = runtime.loadConfig(databaseOverrides(options));
      const session = await runtime.open(config, { migrate: true });
      try {
        const ctx = withUser(session.context(null), SYSTEM_ACTOR);
        const manifest = await writeBackup(ctx, dir, await exportSite(ctx, { includeSecrets: options.includeSecrets ?? false }));
        const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
        io.stdout(`Exported ${rows} rows of ${Object.keys(manifest.tables).length} tables and ${manifest.files.length} files to ${dir}`
          + `${manifest.includesSecrets ? ' (with password hashes and secrets: keep it safe)' : ' (without passwords: accounts must reset theirs after a restore)'}.\n`);
      } finally {
        await session.close();
      }
    });
  command.commands.forEach((sub) => sub.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }));
}
