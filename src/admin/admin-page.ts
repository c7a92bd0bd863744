import type { JSX } from 'hono/jsx/jsx-runtime';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { getSiteChrome } from '../actions/get-site-chrome.js';
import type { Actor } from '../domain/permissions.js';
import type { UserAccount } from '../domain/user-account.js';
import type { AdminContext, AdminRuntime } from './admin-env.js';
import type { AdminNavItem } from './admin-nav.js';
import { noticeFor } from './notices.js';

/** What every admin view gets about the request it renders for. */
export interface AdminPage {
  actor: Actor | null;
  user: UserAccount | null;
  /** Put in every form with <CsrfField page={page} /> or use <PostForm>. */
  csrfToken: string;
  path: string;
  nav: AdminNavItem[];
  assets: { css: string; js: string };
  siteName: string;
  /** The institute's time zone (site settings): every time on the page is written in it. */
  timeZone: string;
  notice: { tone: 'success' | 'info'; text: string } | null;
}

export async function loadAdminPage(c: AdminContext, runtime: AdminRuntime): Promise<AdminPage> {
  const actor = c.get('actor') ?? null;
  let siteName = 'Imprint';
  let timeZone = 'UTC';
  try {
    ({ name: siteName, timeZone } = (await getSiteChrome(runtime.context(null))).settings);
  } catch (error) {
    // An error page must render even when the settings cannot be read.
    runtime.log.warn('admin page without site settings', { error: String(error) });
  }
  return {
    actor,
    user: c.get('user') ?? null,
    csrfToken: c.get('csrfToken') ?? '',
    path: c.req.path,
    nav: runtime.nav.itemsFor(actor),
    assets: { css: runtime.assets.url('admin.css'), js: runtime.assets.url('admin.js') },
    siteName,
    timeZone,
    notice: noticeFor(c.req.query('notice')),
  };
}

/** Render a view as a complete HTML document. Admin pages are never stored by caches (set in admin-app). */
export async function renderAdmin(c: AdminContext, node: JSX.Element, status: ContentfulStatusCode = 200): Promise<Response> {
  const html = await (node as unknown as { toString(): string | Promise<string> }).toString();
  return c.html(`<!DOCTYPE html>${html}`, status);
}
