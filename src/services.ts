import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Config } from './config.js';
import { createAccounts } from './accounts/create-accounts.js';
import type { Accounts } from './domain/accounts.js';
import type { Mailer } from './domain/mailer.js';
import { createMailer, defaultFromAddress } from './mail/create-mailer.js';
import { createChangeEvents } from './actions/change-events.js';
import { systemClock, type ActionContext, type ChangeEvents, type Clock, type Log } from './actions/action-context.js';
import { createJobHandlers, type JobHandlers } from './actions/job-handlers.js';
import { runDueJobs } from './actions/run-due-jobs.js';
import { publicationIdsOf, queuePdfRenders } from './actions/queue-pdf-render.js';
import { renderPdfJob } from './actions/render-pdf-job.js';
import { RENDER_PDF, type PdfOutput } from './domain/publication-pdf.js';
import { SYSTEM_ACTOR, type Actor } from './domain/permissions.js';
import { createJobRunner, type JobRunner } from './jobs/job-runner.js';
import { markdownRenderer } from './render/markdown/content-renderer.js';
import { sharpImageProcessor } from './render/images/sharp-image-processor.js';
import { docxConverter } from './import/docx/docx-converter.js';
import { createLocalFileStore } from './store/files/local-file-store.js';
import { createTypstPdfRenderer } from './render/typst/typst-pdf-renderer.js';
import { openSearchIndex } from './search/backends/open-search-index.js';
import { openDialect } from './store/dialects/open-dialect.js';
import type { StoreDialect } from './store/dialects/store-dialect.js';
import { createStore, migrateToLatest, type Store } from './store/store.js';

/**
 * The composition root's product: one store, one event bus, one logger,
 * shared by the HTTP server, the CLI and the tests.
 */
export interface Services {
  config: Config;
  log: Log;
  store: Store;
  events: ChangeEvents;
  clock: Clock;
  /** An action context acting as `user` (null: an anonymous reader). */
  context(user: Actor | null): ActionContext;
  /** Users, sessions and API tokens (also in every context). */
  accounts: Accounts;
  /** Outgoing mail: SMTP, or .eml files in `$dataDir/outbox/` (also in every context). */
  mailer: Mailer;
  /** Job kinds this node can run; register more (`render-pdf`) before starting the runner. */
  jobs: JobHandlers;
  /** Start polling the jobs queue (servers do); close() stops it. */
  startJobRunner(options?: { idleMs?: number }): JobRunner;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Apply pending migrations before anything else (server start, `migrate`). */
  migrate?: boolean;
  clock?: Clock;
  /** Listen for other app nodes' writes (servers do; one-shot CLI commands need not). */
  listenForChanges?: boolean;
}

export function createLog(level: Config['logLevel']): Log {
  const logger = pino({ level, base: undefined });
  return {
    debug: (message, fields) => logger.debug(fields ?? {}, message),
    info: (message, fields) => logger.info(fields ?? {}, message),
    warn: (message, fields) => logger.warn(fields ?? {}, message),
    error: (message, fields) => logger.error(fields ?? {}, message),
  };
}

export async function openServices(config: Config, options: OpenOptions = {}): Promise<Services> {
  const log = createLog(config.logLevel);
  const dialect: StoreDialect = await openDialect({ url: config.databaseUrl, dataDir: config.dataDir });
  if (options.migrate) {
    const report = await migrateToLatest(dialect);
    if (report.applied.length) log.info('migrations applied', { applied: report.applied });
  }
  const store = createStore(dialect);
  const search = openSearchIndex(dialect.db);
  const files = createLocalFileStore(join(config.dataDir, 'files'));
  const pdf: PdfOutput = {
    renderer: createTypstPdfRenderer({ mediaDir: join(config.dataDir, 'files') }),
    files: createLocalFileStore(join(config.dataDir, 'pdf')),
    baseUrl: config.baseUrl,
  };
  const clock = options.clock ?? systemClock;
  const closers: (() => Promise<void>)[] = [];
  const jobs = createJobHandlers();
  jobs.register(RENDER_PDF, renderPdfJob);
  const accounts = createAccounts({ db: dialect.db, databaseType: dialect.databaseType, baseUrl: config.baseUrl, log });
  const mailer = createMailer({ smtpUrl: config.smtpUrl, outboxDir: join(config.dataDir, 'outbox'), from: config.mailFrom ?? defaultFromAddress(config.baseUrl, 'Imprint') });
  const context = (user: Actor | null): ActionContext => ({ store, render: markdownRenderer, events, clock, user, log, files, images: sharpImageProcessor, search, accounts, mailer, documents: docxConverter, pdf });
  const channel = dialect.changeChannel;
  // Local writes go out to the other processes on the database (app nodes,
  // a CLI import beside the server); theirs come back in through `receive`.
  // Hearing a notification twice is harmless: a page is dropped again.
  const localWrites = new Set<(tags: readonly string[]) => void>();
  // Notifications still on their way: close() waits for them, so a CLI command's last write is heard.
  const sending = new Set<Promise<void>>();
  const events = createChangeEvents((tags) => {
    if (channel) {
      const sent = channel.publish(tags)
        .catch((error: unknown) => log.error('change notification failed', { error: String(error) }))
        .finally(() => sending.delete(sent));
      sending.add(sent);
    }
    for (const listener of localWrites) listener(tags);
  });
  if (channel && options.listenForChanges) {
    closers.push(await channel.subscribe((tags) => events.receive(tags)));
  }

  return {
    config,
    log,
    store,
    events,
    clock,
    context,
    accounts,
    mailer,
    jobs,
    startJobRunner(runnerOptions = {}) {
      const workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
      const batchSize = 10;
      const runner = createJobRunner({
        runOnce: () => runDueJobs(context(SYSTEM_ACTOR), { handlers: jobs, workerId, limit: batchSize }),
        batchSize,
        log,
        ...(runnerOptions.idleMs !== undefined ? { idleMs: runnerOptions.idleMs } : {}),
      });
      runner.start();
      // This node's own writes queue their PDFs (other nodes queue theirs).
      const queuePdfs = (tags: readonly string[]): void => {
        const ids = publicationIdsOf(tags);
        if (ids.length === 0) return;
        queuePdfRenders(context(SYSTEM_ACTOR), { publicationIds: ids })
          .catch((error: unknown) => log.error('render-pdf jobs not queued', { ids, error: String(error) }));
      };
      localWrites.add(queuePdfs);
      // Stop polling before the database closes (close() runs these first).
      closers.unshift(async () => {
        localWrites.delete(queuePdfs);
        await runner.stop();
      });
      return runner;
    },
    async close() {
      await Promise.all(sending);
      for (const close of closers) await close();
      await dialect.close();
    },
  };
}
