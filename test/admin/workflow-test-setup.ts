import type { Hono } from 'hono';
import { afterEach } from 'vitest';
import { createApp } from '../../src/app.js';
import type { ActionContext } from '../../src/actions/action-context.js';
import type { Role } from '../../src/domain/permissions.js';
import type { UserAccount } from '../../src/domain/user-account.js';
import { contextOf, createRoleUsers, PASSWORD } from '../accounts/support/account-helpers.js';
import { AdminBrowser, ORIGIN } from '../authz/support/admin-browser.js';
import { seedBasics } from '../support/seed.js';
import { openTestEnv, type DialectName, type TestEnv, type TestEnvOptions } from '../support/test-services.js';

export interface AdminFixture {
  env: TestEnv;
  app: Hono;
  users: Record<Role, UserAccount>;
  ctx: (role: Role) => ActionContext;
  /** A browser signed in as the account of this role. */
  signedIn: (role: Role) => Promise<AdminBrowser>;
}

/**
 * The back-office screens' tests: a fresh database with the seed institute
 * and one account per role; closed after each test.
 */
export function useAdminFixture(dialect: DialectName, options: TestEnvOptions = {}): () => Promise<AdminFixture> {
  const envs: TestEnv[] = [];
  afterEach(async () => {
    await Promise.all(envs.splice(0).map((e) => e.close()));
  });
  return async () => {
    const env = await openTestEnv(dialect, { pageCache: false, ...options });
    envs.push(env);
    await seedBasics(env);
    const users = await createRoleUsers(env);
    const { app } = createApp(env);
    return {
      env,
      app,
      users,
      ctx: (role) => contextOf(env, users[role]),
      signedIn: async (role) => {
        const browser = new AdminBrowser(app);
        const response = await browser.signIn(users[role].email, PASSWORD);
        if (response.status !== 303) throw new Error(`Sign-in as ${role} failed: ${response.status}`);
        return browser;
      },
    };
  };
}

/** Send a multipart form as a browser does (file inputs included), with the page's CSRF token. */
export async function postMultipart(browser: AdminBrowser, path: string, fields: Record<string, string | File>): Promise<Response> {
  const form = new FormData();
  form.set('_csrf', await browser.csrfToken());
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const response = await browser['app'].request(`${ORIGIN}${path}`, {
    method: 'POST',
    body: form,
    headers: { cookie: browser.cookieHeader(), origin: ORIGIN, 'sec-fetch-site': 'same-origin' },
  });
  if ((response.headers.get('content-type') ?? '').includes('text/html')) browser.lastHtml = await response.clone().text();
  return response;
}

/** The text of a page without tags, spaces folded: for assertions about what a reader sees. */
export function visibleText(html: string): string {
  return html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, '\'').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}
