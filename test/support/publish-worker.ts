/**
 * A second process publishing into the same SQLite file as the test, for
 * the concurrent-code test. Receives publication ids over IPC, publishes
 * them all at once, answers with the codes it got.
 */
import { loadConfig } from '../../src/config.js';
import { openServices } from '../../src/services.js';
import { publishPublication } from '../../src/actions/publish-publication.js';
import { systemContext } from './seed.js';

process.once('message', (ids: string[]) => {
  void (async () => {
    const services = await openServices(loadConfig());
    const ctx = systemContext(services);
    const results = await Promise.all(ids.map((id) => publishPublication(ctx, { id })));
    process.send?.(results.map((r) => r.code ?? ''));
    await services.close();
    process.exit(0);
  })().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
