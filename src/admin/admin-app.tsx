import { Hono } from 'hono';
import { isSetupNeeded } from '../actions/is-setup-needed.js';
import { notFound } from '../domain/errors.js';
import { AdminAssets } from './admin-assets.js';
import type { AdminDeps, AdminEnv, AdminRuntime } from './admin-env.js';
import { createAdminErrorHandler } from './admin-error-handler.js';
import { AdminNav } from './admin-nav.js';
import { csrfMiddleware } from './csrf-middleware.js';
import { registerDashboardScreen } from './screens/dashboard-screen.js';
import { registerImportScreen } from './screens/import-screen.js';
import { registerPasswordScreens } from './screens/password-screen.js';
import { registerPublicationsScreen } from './screens/publications-screen.js';
import { registerMenusScreen } from './screens/menus-screen.js';
import { registerPagesScreen } from './screens/pages-screen.js';
import { registerPeopleScreen } from './screens/people-screen.js';
import { registerSeriesScreen } from './screens/series-screen.js';
import { registerSettingsScreen } from './screens/settings-screen.js';
import { registerSetupScreen } from './screens/setup-screen.js';
import { registerSignInScreen } from './screens/sign-in-screen.js';
import { registerTermsScreen } from './screens/terms-screen.js';
import { registerTokensScreen } from './screens/tokens-screen.js';
import { registerUnitsScreen } from './screens/units-screen.js';
import { registerUsersScreen } from './screens/users-screen.js';
import { registerWorkflowScreen } from './screens/workflow-screen.js';
import { registerPublicationPdfScreen } from './screens/publication-pdf-screen.js';
import { registerRevisionsScreen } from './screens/revisions-screen.js';
import { mediaUploadLimit, registerMediaScreen } from './screens/media-screen.js';
import { registerAuditScreen } from './screens/audit-screen.js';
import { sessionMiddleware } from './session-middleware.js';

export interface AdminApp {
  app: Hono<AdminEnv>;
  runtime: AdminRuntime;
}

/**
 * The back office, mounted at /admin. Every request passes, in order:
 * no-store caching -> assets (served before any session work) -> session
 * (`c.get('actor')`) -> CSRF (token in every form; every POST/PUT/PATCH/
 * DELETE checked) -> first run (no account yet: everything leads to
 * /admin/setup) -> the screens, each guarded by requirePermission /
 * requireSignedIn and each registering its sidebar item. A screen is a
 * `registerXScreen(admin, runtime)` function added below.
 */
export function createAdminApp(deps: AdminDeps): AdminApp {
  const admin = new Hono<AdminEnv>();
  const runtime: AdminRuntime = { ...deps, nav: new AdminNav(), assets: new AdminAssets(), isSecure: deps.baseUrl.startsWith('https:') };
  let isSetUp = false;

  admin.use('*', async (c, next) => {
    await next();
    if (c.req.path.startsWith('/admin/assets/')) return;
    // Pages show private data and one-time tokens: no cache may keep them (RFC 9111 section 5.2.2.5).
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex, nofollow');
  });

  admin.get('/assets/:name', (c) => {
    const name = c.req.param('name');
    const file = runtime.assets.get(name);
    if (!file) return c.text('Not found', 404);
    const isCurrent = c.req.query('v') === file.version;
    return c.body(new Uint8Array(file.body), 200, {
      'Content-Type': file.contentType,
      'Cache-Control': isCurrent ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
    });
  });

  admin.post('/media', mediaUploadLimit());
  admin.use('*', sessionMiddleware(runtime));
  admin.use('*', csrfMiddleware(runtime));
  admin.use('*', async (c, next) => {
    if (!isSetUp && !c.get('actor') && c.req.method === 'GET' && c.req.path !== '/admin/setup') {
      if (await isSetupNeeded(runtime.context(null))) return c.redirect('/admin/setup', 303);
      // Accounts are never all deleted, so once set up, always set up: no more queries for this.
      isSetUp = true;
    }
    await next();
  });

  registerSignInScreen(admin, runtime);
  registerPasswordScreens(admin, runtime);
  registerSetupScreen(admin, runtime);
  registerDashboardScreen(admin, runtime);
  registerPublicationsScreen(admin, runtime);
  registerSeriesScreen(admin, runtime);
  registerPeopleScreen(admin, runtime);
  registerUnitsScreen(admin, runtime);
  registerTermsScreen(admin, runtime);
  registerPagesScreen(admin, runtime);
  registerMenusScreen(admin, runtime);
  registerSettingsScreen(admin, runtime);
  registerUsersScreen(admin, runtime);
  registerTokensScreen(admin, runtime);
  registerWorkflowScreen(admin, runtime);
  registerPublicationPdfScreen(admin, runtime);
  registerImportScreen(admin, runtime);
  registerRevisionsScreen(admin, runtime);
  registerMediaScreen(admin, runtime);
  registerAuditScreen(admin, runtime);

  // A mounted sub-app's notFound is not consulted: the admin ends with its own catch-all.
  admin.all('*', () => {
    throw notFound('This back-office page');
  });
  admin.onError(createAdminErrorHandler(runtime));
  return { app: admin, runtime };
}
