import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/permissions.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import type { AdminBrowser } from './support/admin-browser.js';
import { buildMatrixWorld, signInAs, WHO, type MatrixFixtures, type Who } from './support/matrix-fixtures.js';

/**
 * Every route of the back office and every write of /api/v1, taken from
 * the Hono routers themselves, run as anonymous, author, editor and admin.
 * A route without a row in ROUTES fails the test with its method and path:
 * a new route is covered on the day it is added.
 *
 * Outcomes:
 *   ok           200
 *   allowed      got past the role checks: not 401/403, not the sign-in page, not a 5xx
 *                (a POST here carries only the CSRF field, so 400 is the usual answer)
 *   sign-in      303 to /admin/sign-in (signed out)
 *   forbidden    403
 *   refused      403 or 404 (someone else's item: refused, or not even shown to exist)
 *   unauthorized 401 (API without a token)
 *   open         anything but a 5xx (sign-in, setup, password reset: for everyone)
 *
 * Parameters are filled from fixtures owned by the editor or the system,
 * never by the author, so "author: forbidden" on an item route means
 * "an author cannot touch other people's work".
 */
type Outcome = 'ok' | 'allowed' | 'sign-in' | 'forbidden' | 'refused' | 'unauthorized' | 'open';
/** Expected outcome for [anonymous, author, editor, admin]. */
type Expect = readonly [Outcome, Outcome, Outcome, Outcome];
interface Row {
  expect: Expect;
  /** The concrete path for a route with parameters. */
  at?: (f: MatrixFixtures) => string;
  /** Run with a session of its own (the route ends the session). */
  isOwnSession?: boolean;
  /**
   * Fields to send (form fields, or JSON for the API) when an empty body
   * would be refused as invalid before the permission is even looked at.
   */
  send?: Record<string, string | number | null>;
}

const OPEN: Expect = ['open', 'open', 'open', 'open'];
const SIGNED_IN: Expect = ['sign-in', 'ok', 'ok', 'ok'];
const SIGNED_IN_POST: Expect = ['sign-in', 'allowed', 'allowed', 'allowed'];
/** Content routes on someone else's item: authors edit only their own work. */
const OTHERS_ITEM: Expect = ['sign-in', 'refused', 'ok', 'ok'];
const OTHERS_ITEM_POST: Expect = ['sign-in', 'refused', 'allowed', 'allowed'];
/** structure.edit (editors, admins) and content.publish have the same shape. */
const EDITORS: Expect = ['sign-in', 'forbidden', 'ok', 'ok'];
const EDITORS_POST: Expect = ['sign-in', 'forbidden', 'allowed', 'allowed'];
const ADMINS: Expect = ['sign-in', 'forbidden', 'forbidden', 'ok'];
const ADMINS_POST: Expect = ['sign-in', 'forbidden', 'forbidden', 'allowed'];
const API_WRITE: Expect = ['unauthorized', 'allowed', 'allowed', 'allowed'];
const API_PUBLISHERS: Expect = ['unauthorized', 'forbidden', 'allowed', 'allowed'];
const API_OTHERS_ITEM: Expect = ['unauthorized', 'refused', 'allowed', 'allowed'];

const pub = (f: MatrixFixtures) => f.publicationId;
/** A complete edit of the editor's draft, so only ownership can refuse it. */
const DRAFT_EDIT = { series: 'idss-papers', title: 'Edited by the matrix', date: '2025-01-02', synopsis: 'S', body: 'B', 'authors.0.name': 'Someone', revision: 1 };

/** One row per route: `'METHOD /path': { expect, at? }`. */
const ROUTES: Record<string, Row> = {
  'GET /admin/assets/:name': { expect: ['ok', 'ok', 'ok', 'ok'], at: () => '/admin/assets/admin.css' },
  'GET /admin/sign-in': { expect: OPEN },
  'POST /admin/sign-in': { expect: OPEN },
  'POST /admin/sign-out': { expect: OPEN, isOwnSession: true },
  'GET /admin/forgot-password': { expect: OPEN },
  'POST /admin/forgot-password': { expect: OPEN },
  'GET /admin/reset-password': { expect: OPEN },
  'POST /admin/reset-password': { expect: OPEN },
  'GET /admin/setup': { expect: OPEN },
  'POST /admin/setup': { expect: OPEN },
  'GET /admin': { expect: SIGNED_IN },
  'GET /admin/tokens': { expect: SIGNED_IN },
  'POST /admin/tokens': { expect: SIGNED_IN_POST },
  'POST /admin/tokens/:id/revoke': { expect: OTHERS_ITEM_POST, at: (f) => `/admin/tokens/${f.editorTokenId}/revoke` },

  'GET /admin/publications': { expect: SIGNED_IN },
  'GET /admin/publications/new': { expect: SIGNED_IN },
  'POST /admin/publications': { expect: SIGNED_IN_POST },
  'POST /admin/publications/preview': { expect: SIGNED_IN_POST },
  'POST /admin/publications/autosave': { expect: SIGNED_IN_POST },
  'POST /admin/publications/figures': { expect: SIGNED_IN_POST },
  'GET /admin/publications/:id': { expect: OTHERS_ITEM, at: (f) => `/admin/publications/${pub(f)}` },
  'POST /admin/publications/:id': { expect: OTHERS_ITEM_POST, at: (f) => `/admin/publications/${pub(f)}`, send: DRAFT_EDIT },
  'POST /admin/publications/:id/autosave': { expect: OTHERS_ITEM_POST, at: (f) => `/admin/publications/${pub(f)}/autosave`, send: DRAFT_EDIT },
  'GET /admin/publications/:id/workflow': { expect: OTHERS_ITEM, at: (f) => `/admin/publications/${pub(f)}/workflow` },
  'POST /admin/publications/:id/transitions': { expect: OTHERS_ITEM_POST, at: (f) => `/admin/publications/${pub(f)}/transitions`, send: { to: 'in_review' } },
  'GET /admin/publications/:id/revisions': { expect: OTHERS_ITEM, at: (f) => `/admin/publications/${pub(f)}/revisions` },
  'GET /admin/publications/:id/revisions/diff': { expect: OTHERS_ITEM, at: (f) => `/admin/publications/${pub(f)}/revisions/diff?from=1` },
  'POST /admin/publications/:id/revisions/restore': { expect: OTHERS_ITEM_POST, at: (f) => `/admin/publications/${pub(f)}/revisions/restore` },
  'POST /admin/publications/:id/pdf': { expect: EDITORS_POST, at: (f) => `/admin/publications/${pub(f)}/pdf`, send: { generated: '1' } },

  'GET /admin/media': { expect: SIGNED_IN },
  'POST /admin/media': { expect: SIGNED_IN_POST },
  'GET /admin/media/:id': { expect: SIGNED_IN, at: (f) => `/admin/media/${f.mediaId}` },
  'POST /admin/media/:id': { expect: OTHERS_ITEM_POST, at: (f) => `/admin/media/${f.mediaId}` },
  'POST /admin/media/:id/delete': { expect: OTHERS_ITEM_POST, at: (f) => `/admin/media/${f.mediaId}/delete` },

  'GET /admin/series': { expect: EDITORS },
  'GET /admin/series/new': { expect: EDITORS },
  'POST /admin/series': { expect: EDITORS_POST },
  'GET /admin/series/:id': { expect: EDITORS, at: (f) => `/admin/series/${f.seriesId}` },
  'POST /admin/series/:id': { expect: EDITORS_POST, at: (f) => `/admin/series/${f.seriesId}` },
  'GET /admin/people': { expect: EDITORS },
  'GET /admin/people/new': { expect: EDITORS },
  'POST /admin/people': { expect: EDITORS_POST },
  'GET /admin/people/:id': { expect: EDITORS, at: (f) => `/admin/people/${f.personId}` },
  'POST /admin/people/:id': { expect: EDITORS_POST, at: (f) => `/admin/people/${f.personId}` },
  'GET /admin/units': { expect: EDITORS },
  'GET /admin/units/new': { expect: EDITORS },
  'POST /admin/units': { expect: EDITORS_POST },
  'GET /admin/units/:id': { expect: EDITORS, at: (f) => `/admin/units/${f.unitId}` },
  'POST /admin/units/:id': { expect: EDITORS_POST, at: (f) => `/admin/units/${f.unitId}` },
  'GET /admin/terms': { expect: EDITORS },
  'GET /admin/terms/new': { expect: EDITORS },
  'POST /admin/terms': { expect: EDITORS_POST },
  'GET /admin/taxonomies/new': { expect: EDITORS },
  'POST /admin/taxonomies': { expect: EDITORS_POST },
  'GET /admin/terms/:id': { expect: EDITORS, at: (f) => `/admin/terms/${f.termId}` },
  'POST /admin/terms/:id': { expect: EDITORS_POST, at: (f) => `/admin/terms/${f.termId}` },
  'GET /admin/pages': { expect: EDITORS },
  'GET /admin/pages/new': { expect: EDITORS },
  'POST /admin/pages': { expect: EDITORS_POST },
  'GET /admin/pages/:id': { expect: EDITORS, at: (f) => `/admin/pages/${f.pageId}` },
  'POST /admin/pages/:id': { expect: EDITORS_POST, at: (f) => `/admin/pages/${f.pageId}` },
  'GET /admin/menus': { expect: EDITORS },
  'POST /admin/menus/:menu': { expect: EDITORS_POST, at: () => '/admin/menus/footer' },
  'GET /admin/import': { expect: EDITORS },
  'POST /admin/import': { expect: EDITORS_POST },

  'GET /admin/settings': { expect: ADMINS },
  'POST /admin/settings': { expect: ADMINS_POST },
  'GET /admin/users': { expect: ADMINS },
  'GET /admin/users/new': { expect: ADMINS },
  'POST /admin/users': { expect: ADMINS_POST },
  'GET /admin/users/:id': { expect: ADMINS, at: (f) => `/admin/users/${f.targetUserId}` },
  'POST /admin/users/:id': { expect: ADMINS_POST, at: (f) => `/admin/users/${f.targetUserId}` },
  'POST /admin/users/:id/status': { expect: ADMINS_POST, at: (f) => `/admin/users/${f.targetUserId}/status` },
  'GET /admin/audit-log': { expect: ADMINS },

  'POST /api/v1/publications': { expect: API_WRITE },
  'PATCH /api/v1/publications/:id': { expect: API_OTHERS_ITEM, at: (f) => `/api/v1/publications/${pub(f)}`, send: { revision: 1, title: 'Edited by the matrix' } },
  'POST /api/v1/publications/:id/transitions': { expect: API_OTHERS_ITEM, at: (f) => `/api/v1/publications/${pub(f)}/transitions`, send: { to: 'in_review' } },
  'PUT /api/v1/publications/:id/pdf': { expect: API_PUBLISHERS, at: (f) => `/api/v1/publications/${pub(f)}/pdf`, send: { mediaId: null } },
};

/** `METHOD /path` of every admin route and every API write, as the routers hold them. */
function routesOf(app: { routes: readonly { method: string; path: string }[] }): string[] {
  const keys = app.routes
    .filter((r) => r.method !== 'ALL')
    .filter((r) => r.path.startsWith('/admin') || (r.path.startsWith('/api/v1') && r.method !== 'GET'))
    .map((r) => `${r.method} ${r.path}`);
  return [...new Set(keys)];
}

function outcomeOf(response: Response): Outcome[] {
  const { status } = response;
  const location = response.headers.get('location') ?? '';
  const found: Outcome[] = [];
  if (status === 200) found.push('ok');
  if (status === 303 && location.startsWith('/admin/sign-in')) found.push('sign-in');
  if (status === 403) found.push('forbidden');
  if (status === 403 || status === 404) found.push('refused');
  if (status === 401) found.push('unauthorized');
  if (status < 500) found.push('open');
  if (status < 500 && status !== 401 && status !== 403 && !found.includes('sign-in')) found.push('allowed');
  return found;
}

describe.each(DIALECTS)('authorization matrix on %s', (dialect) => {
  let env: TestEnv;
  let world: Awaited<ReturnType<typeof buildMatrixWorld>>;
  const sessions = new Map<Who, { browser: AdminBrowser; csrf: string }>();
  beforeAll(async () => {
    env = await openTestEnv(dialect);
    world = await buildMatrixWorld(env);
    for (const who of WHO) sessions.set(who, await signInAs(world.app, who));
  });
  afterAll(async () => env?.close());

  // Rows whose route is not registered are not run (a screen may be left out of a build); a registered route without a row fails.
  it('has a row for every admin route and API write', () => {
    const routes = routesOf(world.app);
    expect(routes.filter((key) => !(key in ROUTES)), 'routes missing from ROUTES in authorization-matrix.test.ts').toEqual([]);
  });

  async function call(key: string, row: Row, who: Who): Promise<Response> {
    const [method = 'GET', pattern = '/'] = key.split(' ');
    if (pattern.includes(':') && !row.at) throw new Error(`${key}: a route with parameters needs "at" in its row`);
    const path = row.at ? row.at(world.fixtures) : pattern;
    if (path.startsWith('/api/')) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (who !== 'anonymous') headers.authorization = `Bearer ${world.apiTokens[who as Role]}`;
      return world.app.request(`https://imprint.test${path}`, { method, headers, ...(method === 'GET' ? {} : { body: JSON.stringify(row.send ?? {}) }) });
    }
    const session = row.isOwnSession ? await signInAs(world.app, who) : sessions.get(who)!;
    return method === 'GET' ? session.browser.get(path) : session.browser.post(path, Object.fromEntries(Object.entries(row.send ?? {}).map(([k, v]) => [k, String(v ?? '')])), { csrf: session.csrf });
  }

  it('answers every route for every caller as the table says', async () => {
    const mismatches: string[] = [];
    // Reads first, then writes: a write (a delete) cannot make a later read fail.
    const keys = routesOf(world.app).filter((key) => key in ROUTES).sort((a, b) => Number(!a.startsWith('GET ')) - Number(!b.startsWith('GET ')));
    for (const key of keys) {
      const row = ROUTES[key] as Row;
      for (const [index, who] of WHO.entries()) {
        const wanted = row.expect[index] as Outcome;
        const response = await call(key, row, who);
        const got = outcomeOf(response);
        if (!got.includes(wanted)) mismatches.push(`${key} as ${who}: expected ${wanted}, got ${response.status} ${response.headers.get('location') ?? ''}`.trim());
      }
    }
    expect(mismatches).toEqual([]);
  });
});
