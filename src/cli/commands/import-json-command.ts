import type { Command } from 'commander';
import { withUser } from '../../actions/action-context.js';
import { importSite } from '../../actions/import-site.js';
import { SYSTEM_ACTOR } from '../../domain/permissions.js';
import { readBackup } from '../../import/backup/read-backup.js';
import type { CliIo, CliRuntime } from '../cli-runtime.js';
import { databaseOverrides, withDatabaseOptions, type CommonOptions } from '../common-options.js';
import { terminalProgress } from './import-output.js';

interface JsonOptions extends CommonOptions {
  replace?: boolean;
}

const HELP = `
Every row is checked before anything is written (a malformed one is named
by file, line and field, exit 2); then all are written in one transaction,
the files copied and the search index rebuilt. A site that has content is
refused unless --replace, which deletes it first.`;

export function registerImportJsonCommand(parent: Command, runtime: CliRuntime, io: CliIo): void {
  withDatabaseOptions(parent.command('json'))
    .description('restore a full-site backup written by "imprint export json"')
    .argument('<dir>', 'the backup directory')
    .option('--replace', 'delete everything the site has before restoring')
    .addHelpText('after', HELP)
    .action(async (dir: string, options: JsonOptions) => {
      const source = readBackup(dir);
      const config = runtime.loadConfig(databaseOverrides(options));
      const session = await runtime.open(config, { migrate: true });
      try {
        const report = await importSite(withUser(session.context(null), SYSTEM_ACTOR), { source, shouldReplace: options.replace ?? false, progress: terminalProgress('restoring') });
        const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
        io.stdout(`Restored ${rows} rows of ${report.tables.length} tables and ${report.files} files; ${report.publicationsIndexed} publications indexed.\n`
          + `${report.includesSecrets ? '' : 'The backup holds no passwords: every account must reset its password ("imprint user" or the sign-in page).\n'}`);
      } finally {
        await session.close();
      }
    });
}
