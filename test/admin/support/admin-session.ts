import { createApp } from '../../../src/app.js';
import type { Role } from '../../../src/domain/permissions.js';
import { createRoleUsers, PASSWORD } from '../../accounts/support/account-helpers.js';
import { AdminBrowser } from '../../authz/support/admin-browser.js';
import { openTestEnv, type DialectName, type TestEnv } from '../../support/test-services.js';

export const ROLE_EMAILS: Record<Role, string> = { admin: 'ada@example.org', editor: 'eve@example.org', author: 'abe@example.org' };

export interface AdminHarness {
  env: TestEnv;
  app: ReturnType<typeof createApp>['app'];
  /** A browser signed in as this role (a new one each call). */
  as(role: Role): Promise<AdminBrowser>;
  anonymous(): AdminBrowser;
}

/** A fresh database with an admin, an editor and an author, and the whole app (site, admin, API) in process. */
export async function openAdminHarness(dialect: DialectName): Promise<AdminHarness> {
  const env = await openTestEnv(dialect);
  await createRoleUsers(env);
  const { app } = createApp(env);
  return {
    env,
    app,
    async as(role) {
      const browser = new AdminBrowser(app);
      const response = await browser.signIn(ROLE_EMAILS[role], PASSWORD);
      if (response.status !== 303) throw new Error(`Sign-in as ${role} failed with ${response.status}`);
      return browser;
    },
    anonymous: () => new AdminBrowser(app),
  };
}

/** The text of an HTML page without tags, whitespace collapsed (for "the page says ..." checks). */
export function textOf(html: string): string {
  return html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}
