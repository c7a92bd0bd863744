import type { Command } from 'commander';
import { isSiteEmpty } from '../../actions/is-site-empty.js';
import type { CliIo, CliRuntime } from '../cli-runtime.js';
import { databaseOverrides, parsePort, withDatabaseOptions, type CommonOptions } from '../common-options.js';
import { runDemo } from './demo-command.js';

interface ServeOptions extends CommonOptions {
  host?: string;
  port?: string;
  baseUrl?: string;
  demoIfEmpty?: boolean;
  cache?: boolean;
}

export function registerServeCommand(program: Command, runtime: CliRuntime, io: CliIo): void {
  withDatabaseOptions(program.command('serve'))
    .description('run the website, back office and API (applies migrations first)')
    .option('--host <host>', 'interface to listen on (IMPRINT_HOST, default 127.0.0.1)')
    .option('--port <port>', 'port to listen on (IMPRINT_PORT, default 3000; 0 picks a free one)', parsePort)
    .option('--base-url <url>', 'public address for absolute links (IMPRINT_BASE_URL)')
    .option('--demo-if-empty', 'load the demo institute when the database holds no content')
    .option('--no-cache', 'render every page afresh (IMPRINT_PAGE_CACHE=off)')
    .action(async (options: ServeOptions) => {
      const config = runtime.loadConfig({
        ...databaseOverrides(options),
        ...(options.host !== undefined ? { IMPRINT_HOST: options.host } : {}),
        ...(options.port !== undefined ? { IMPRINT_PORT: options.port } : {}),
        ...(options.baseUrl !== undefined ? { IMPRINT_BASE_URL: options.baseUrl } : {}),
        ...(options.cache === false ? { IMPRINT_PAGE_CACHE: 'off' } : {}),
      });
      const session = await runtime.open(config, { migrate: true, isServer: true });
      if (options.demoIfEmpty && (await isSiteEmpty(session.context(null)))) {
        io.stdout(`${await runDemo(session)}\n`);
      }
      const site = await session.serve();
      io.stdout(`\nImprint is running at ${site.url}/\n`);
      io.stdout(`  database: ${session.config.databaseUrl ? 'server database' : `${session.config.dataDir}/imprint.db`}\n`);
      io.stdout('Press Ctrl+C to stop.\n');
      const stop = async () => {
        await site.close();
        await session.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
