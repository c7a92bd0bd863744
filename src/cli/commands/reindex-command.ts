import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { withUser } from '../../actions/action-context.js';
import { reindexPublications } from '../../actions/reindex-publications.js';
import { SYSTEM_ACTOR } from '../../domain/permissions.js';
import type { CliIo, CliRuntime } from '../cli-runtime.js';
import { databaseOverrides, withDatabaseOptions, type CommonOptions } from '../common-options.js';

/**
 * The progress bar writes through the command's own output. On a terminal
 * it redraws one line; elsewhere (logs, CI, tests) it prints a line now and
 * then instead of escape codes.
 */
function progressStream(io: CliIo) {
  const isTTY = process.stderr.isTTY === true;
  return { write: (text: string) => { io.stderr(text); return true; }, isTTY, columns: process.stderr.columns };
}

export function registerReindexCommand(program: Command, runtime: CliRuntime, io: CliIo): void {
  withDatabaseOptions(program.command('reindex'))
    .description('rebuild the search index from the publications (searches keep working meanwhile)')
    .action(async (options: CommonOptions) => {
      const config = runtime.loadConfig(databaseOverrides(options));
      const session = await runtime.open(config, { migrate: true });
      const bar = new SingleBar({
        format: 'Indexing [{bar}] {percentage}% | {value}/{total} publications | {eta_formatted} left',
        stream: progressStream(io) as unknown as NodeJS.WritableStream,
        noTTYOutput: true,
        notTTYSchedule: 2000,
        hideCursor: true,
      });
      let isStarted = false;
      try {
        const report = await reindexPublications(withUser(session.context(null), SYSTEM_ACTOR), {
          onProgress: ({ done, total }) => {
            if (!isStarted) {
              bar.start(total, done);
              isStarted = true;
            } else {
              bar.update(done);
            }
          },
        });
        bar.stop();
        io.stdout(`Search index rebuilt: ${report.publications} publications read, ${report.listed} searchable`
          + `${report.forgotten ? `, ${report.forgotten} rows of deleted publications dropped` : ''}.\n`);
      } finally {
        if (isStarted) bar.stop();
        await session.close();
      }
    });
}
