import type { Command } from 'commander';
import { withUser } from '../../actions/action-context.js';
import { SYSTEM_ACTOR } from '../../domain/permissions.js';
import { importPages, readPages, type PagesImportOptions } from '../../import/pages/import-pages.js';
import { CliUsageError } from '../cli-errors.js';
import type { CliIo, CliRuntime } from '../cli-runtime.js';
import { databaseOverrides, withDatabaseOptions, type CommonOptions } from '../common-options.js';
import { finishImport, terminalProgress } from './import-output.js';

interface PagesOptions extends CommonOptions {
  dryRun?: boolean;
  json?: boolean;
  series?: string;
  baseUrl?: string;
  urlMap?: string;
  publishTime?: string;
  overwrite?: boolean;
}

const HELP = `
Each page's original address becomes a redirect to its new one, and is how a
second run recognises a page it imported before. The address is taken from,
in this order:
  1. --url-map FILE: lines "file<TAB>URL" (file name, or path from the list's folder)
  2. a file beside the page named PAGE.url (or PAGE.txt.url) holding the URL
  3. the page itself: <link rel="canonical"> or og:url in HTML; a "URL: ..." or
     "Source: ..." line at the top or bottom of a text dump (Wayback Machine
     addresses are unwrapped to the original)
  4. --base-url URL plus the file's path below the folder given (for a wget
     mirror: .html and "index" dropped)
Without one, the page is imported without a redirect and recognised by its path.

Pages cut off part-way are imported as drafts and listed under "needs review".
Categories matching nothing on the site become terms marked for review.`;

export function registerImportPagesCommand(parent: Command, runtime: CliRuntime, io: CliIo): void {
  withDatabaseOptions(parent.command('pages'))
    .description('import archived publication pages (.html files and plain-text dumps; folders are searched)')
    .argument('<paths...>', 'files or folders')
    .option('--dry-run', 'read everything and report what would happen; write nothing')
    .option('--json', 'with --dry-run: print the extracted records as a JSON array')
    .option('--series <slug>', 'series for pages that name none')
    .option('--base-url <url>', 'address of the folder given (see below)')
    .option('--url-map <file>', 'list of each file\'s original address (see below)')
    .option('--publish-time <time>', 'time of day the archive published items, e.g. 10:00+08:00', '00:00Z')
    .option('--overwrite', 'replace items edited in Imprint since they were imported')
    .addHelpText('after', HELP)
    .action(async (paths: string[], options: PagesOptions) => {
      if (options.json && !options.dryRun) throw new CliUsageError('--json prints what --dry-run read; add --dry-run');
      const config = runtime.loadConfig(databaseOverrides(options));
      const session = await runtime.open(config, { migrate: true });
      try {
        const ctx = withUser(session.context(null), SYSTEM_ACTOR);
        const input: PagesImportOptions = {
          paths, series: options.series, baseUrl: options.baseUrl, urlMap: options.urlMap,
          publishTime: options.publishTime, shouldOverwrite: options.overwrite ?? false, isDryRun: options.dryRun ?? false,
        };
        if (options.json) {
          const { pages, failures } = await readPages(ctx, input);
          io.stdout(`${JSON.stringify(pages.map((p) => p.page.record), null, 2)}\n`);
          if (failures.length) finishImport(io, { isDryRun: true, items: failures }, 'files');
          return;
        }
        finishImport(io, await importPages(ctx, input, terminalProgress('pages')), 'pages');
      } finally {
        await session.close();
      }
    });
}
