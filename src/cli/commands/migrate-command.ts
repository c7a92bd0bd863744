import type { Command } from 'commander';
import type { CliIo, CliRuntime } from '../cli-runtime.js';
import { databaseOverrides, withDatabaseOptions, type CommonOptions } from '../common-options.js';

export function registerMigrateCommand(program: Command, runtime: CliRuntime, io: CliIo): void {
  withDatabaseOptions(program.command('migrate'))
    .description('apply pending database migrations (also done on every server start)')
    .action(async (options: CommonOptions) => {
      const config = runtime.loadConfig(databaseOverrides(options));
      const session = await runtime.open(config, { migrate: true });
      await session.close();
      io.stdout('Database is up to date.\n');
    });
}
