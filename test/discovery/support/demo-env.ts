import { join } from 'node:path';
import { Hono } from 'hono';
import { loadDemoContent } from '../../../src/demo/load-demo.js';
import { isDomainError } from '../../../src/domain/errors.js';
import { ERROR_STATUS } from '../../../src/http/error-status.js';
import { registerFeedRoutes } from '../../../src/site/routes/feed-routes.js';
import { registerSitemapRoutes } from '../../../src/site/routes/sitemap-routes.js';
import { systemContext } from '../../support/seed.js';
import { openTestEnv, type DialectName, type TestEnv, type TestEnvOptions } from '../../support/test-services.js';

export const BASE_URL = 'https://imprint.test';

/** A fresh database of either dialect holding the demo institute. */
export async function openDemoEnv(dialect: DialectName, options: TestEnvOptions = {}): Promise<TestEnv> {
  const env = await openTestEnv(dialect, { baseUrl: BASE_URL, ...options });
  await loadDemoContent(systemContext(env), { filesDir: join(env.databaseLocation.dataDir, 'files') });
  return env;
}

/** The discovery routes on their own, answering domain errors with their status. */
export function discoveryApp(env: TestEnv): Hono {
  const app = new Hono();
  const deps = { context: () => env.context(null), baseUrl: env.config.baseUrl };
  registerFeedRoutes(app, deps);
  registerSitemapRoutes(app, deps);
  app.onError((error, c) => {
    if (isDomainError(error)) return c.text(error.message, ERROR_STATUS[error.code]);
    throw error;
  });
  return app;
}
