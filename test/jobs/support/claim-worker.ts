/**
 * A second (and third) process running due jobs on the same database file
 * as the test, for the concurrent-claiming test. Opens its services, says
 * "ready", waits for "go" so both workers start together, runs jobs of
 * kind `count-test` until the queue is empty, and answers with the ids it ran.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../../../src/config.js';
import { openServices } from '../../../src/services.js';
import { runDueJobs } from '../../../src/actions/run-due-jobs.js';
import { systemContext } from '../../support/seed.js';

const services = await openServices(loadConfig());
const ran: string[] = [];
services.jobs.register('count-test', async (_ctx, job) => {
  ran.push(job.id);
  await sleep(1);
});
process.on('message', (message) => {
  if (message !== 'go') return;
  void (async () => {
    const ctx = systemContext(services);
    const workerId = `worker-${process.pid}`;
    for (;;) {
      const { claimed } = await runDueJobs(ctx, { handlers: services.jobs, workerId, limit: 2 });
      if (claimed === 0) break;
    }
    process.send?.(ran);
    await services.close();
    process.exit(0);
  })().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
process.send?.('ready');
