import type { Command } from 'commander';
import { withUser } from '../../actions/action-context.js';
import { SYSTEM_ACTOR } from '../../domain/permissions.js';
import { importDocxFile } from '../../import/docx/import-docx-file.js';
import type { CliIo, CliRuntime } from '../cli-runtime.js';
import { databaseOverrides, withDatabaseOptions, type CommonOptions } from '../common-options.js';
import { finishImport } from './import-output.js';

interface DocxOptions extends CommonOptions {
  series: string;
  title?: string;
  date?: string;
  author?: string[];
  publish?: boolean;
  dryRun?: boolean;
  overwrite?: boolean;
}

const HELP = `
Headings, emphasis, lists, tables and footnotes become Markdown (footnotes as
[^1]); pictures go to the media library and into the text as figures, with
the caption Word puts in the paragraph after them ("Caption" style) split into
caption and credit. Title, authors, date and abstract are read from the Title,
Author, Date and Abstract paragraph styles unless given here. The item is a
draft unless --publish. The same document imported again changes nothing; a
revised one with the same title updates it.`;

export function registerImportDocxCommand(parent: Command, runtime: CliRuntime, io: CliIo): void {
  withDatabaseOptions(parent.command('docx'))
    .description('import a Word document (.docx) as a publication')
    .argument('<file>', 'the .docx file')
    .requiredOption('--series <slug>', 'series the publication belongs to')
    .option('--title <title>', 'title, when the document has no Title paragraph')
    .option('--date <date>', 'date as YYYY-MM-DD or YYYY-MM (default: the document\'s, else today)')
    .option('--author <name...>', 'authors, when the document names none')
    .option('--publish', 'publish it (default: a draft)')
    .option('--dry-run', 'convert and check everything; write nothing')
    .option('--overwrite', 'replace the item even if it was edited in Imprint since the last import')
    .addHelpText('after', HELP)
    .action(async (file: string, options: DocxOptions) => {
      const config = runtime.loadConfig(databaseOverrides(options));
      const session = await runtime.open(config, { migrate: true });
      try {
        const ctx = withUser(session.context(null), SYSTEM_ACTOR);
        const report = await importDocxFile(ctx, {
          file, series: options.series, title: options.title, date: options.date, authors: options.author,
          isPublished: options.publish ?? false, isDryRun: options.dryRun ?? false, shouldOverwrite: options.overwrite ?? false,
        });
        finishImport(io, report, 'documents');
      } finally {
        await session.close();
      }
    });
}
