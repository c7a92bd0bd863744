import { Hono } from 'hono';
import { createAdminApp } from './admin/admin-app.js';
import { createApiApp } from './api/api-app.js';
import { actorFromBearer } from './api/api-auth.js';
import { clientAddress } from './http/client-address.js';
import { securityHeaders } from './http/security-headers.js';
import { oaiAdminEmail } from './oai/admin-email.js';
import { createOaiApp } from './oai/oai-app.js';
import type { Services } from './services.js';
import { createSiteApp, type SiteApp } from './site/site-app.js';

export interface ImprintApp {
  app: Hono;
  site: SiteApp;
}

/** The whole HTTP surface: the JSON API under /api/v1, the back office under /admin and the public site at /. */
export function createApp(services: Services): ImprintApp {
  const { config, log } = services;
  const app = new Hono();
  app.use('*', securityHeaders());
  app.route('/api/v1', createApiApp({
    context: (user = null) => services.context(user),
    actor: actorFromBearer(() => services.context(null)),
    baseUrl: config.baseUrl,
    log,
  }));
  app.route('/admin', createAdminApp({
    context: (user) => services.context(user),
    baseUrl: config.baseUrl,
    log,
    csrfKey: () => services.accounts.deriveKey('csrf'),
    clientAddress: (c) => clientAddress(c, { isBehindProxy: config.isBehindProxy }),
  }).app);
  app.route('/oai', createOaiApp({ context: () => services.context(null), baseUrl: config.baseUrl, adminEmail: oaiAdminEmail(config.adminEmail, config.baseUrl), log }));
  const site = createSiteApp({
    context: () => services.context(null),
    baseUrl: config.baseUrl,
    dataDir: config.dataDir,
    isPageCacheEnabled: config.isPageCacheEnabled,
    log,
  });
  app.route('/', site.app);
  return { app, site };
}
