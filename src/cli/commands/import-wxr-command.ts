import type { Command } from 'commander';
import { withUser } from '../../actions/action-context.js';
import { SYSTEM_ACTOR } from '../../domain/permissions.js';
import { importWxr } from '../../import/wxr/import-wxr.js';
import type { CliIo, CliRuntime } from '../cli-runtime.js';
import { databaseOverrides, withDatabaseOptions, type CommonOptions } from '../common-options.js';
import { finishImport, terminalProgress } from './import-output.js';

interface WxrOptions extends CommonOptions {
  dryRun?: boolean;
  series?: string;
  overwrite?: boolean;
}

const HELP = `
Posts become publications (in the series a category names, else --series,
else "articles", created when missing); pages the page tree; authors of posts
people (matched by name); categories and tags terms (matched by name; unknown
ones created for review); attachments are recorded with their title, alt text,
caption and address (files are not fetched). Old permalinks redirect. Running
the same export again changes nothing.`;

export function registerImportWxrCommand(parent: Command, runtime: CliRuntime, io: CliIo): void {
  withDatabaseOptions(parent.command('wxr'))
    .description('import a WordPress export (Tools > Export, WXR 1.1/1.2)')
    .argument('<file>', 'the .xml file WordPress wrote')
    .option('--dry-run', 'do everything in a transaction that is rolled back; report what would happen')
    .option('--series <slug>', 'series for posts whose categories name none')
    .option('--overwrite', 'replace items edited in Imprint since they were imported')
    .addHelpText('after', HELP)
    .action(async (file: string, options: WxrOptions) => {
      const config = runtime.loadConfig(databaseOverrides(options));
      const session = await runtime.open(config, { migrate: true });
      try {
        const ctx = withUser(session.context(null), SYSTEM_ACTOR);
        const report = await importWxr(ctx, {
          file, series: options.series, isDryRun: options.dryRun ?? false, shouldOverwrite: options.overwrite ?? false,
        }, terminalProgress('items'));
        finishImport(io, report, 'items');
      } finally {
        await session.close();
      }
    });
}
