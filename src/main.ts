import { pathToFileURL } from 'node:url';
import { loadConfig } from './config.js';
import { createApp } from './app.js';
import { openServices } from './services.js';
import { startServer } from './server.js';
import { answerFromPageCache } from './site/page-cache-hit.js';
import type { CliRuntime } from './cli/cli-runtime.js';
import { runCli } from './cli/run-cli.js';
import { warmUpPdfRenderer } from './render/typst/render-publication-pdf.js';

/**
 * Composition root: config -> store -> app -> server or CLI command. The
 * CLI reaches the database only through the sessions made here.
 */
export const runtime: CliRuntime = {
  loadConfig: (overrides) => loadConfig(process.env, overrides),
  async open(config, options) {
    const services = await openServices(config, { migrate: options.migrate, listenForChanges: options.isServer ?? false });
    return {
      config,
      log: services.log,
      context: services.context,
      close: services.close,
      async serve() {
        const imprint = createApp(services);
        const server = await startServer(imprint.app, {
          host: config.host,
          port: config.port,
          ...(config.isPageCacheEnabled ? { answerEarly: answerFromPageCache(imprint.site.cache) } : {}),
        });
        // Scheduled publications and other background work run beside the server.
        const jobRunner = services.startJobRunner();
        // Fonts and template loaded now, so the first reader's PDF is not the one that waits.
        warmUpPdfRenderer().catch((error: unknown) => services.log.warn('PDF renderer warm-up failed', { error: String(error) }));
        return {
          url: server.url,
          async close() {
            await jobRunner.stop();
            await server.close();
          },
        };
      },
    };
  },
};

/** Run the `imprint` command line; resolves to the exit code. */
export function main(argv: string[]): Promise<number> {
  return runCli(argv, runtime, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}

// `tsx src/main.ts serve` in development; the bin script calls main() itself.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const code = await main(process.argv.slice(2));
  if (code !== 0) process.exitCode = code;
}
