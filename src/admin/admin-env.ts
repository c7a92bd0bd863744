import type { Context } from 'hono';
import type { ActionContext, Log } from '../actions/action-context.js';
import type { Actor } from '../domain/permissions.js';
import type { UserAccount } from '../domain/user-account.js';
import type { AdminAssets } from './admin-assets.js';
import type { AdminNav } from './admin-nav.js';

/** Per-request values of the admin app, set by its middleware (session-middleware.ts, csrf-middleware.ts). */
export interface AdminEnv {
  Variables: {
    /** The signed-in user as an Actor; null when signed out. Read it with `c.get('actor')`. */
    actor: Actor | null;
    user: UserAccount | null;
    /** Secret to the session (CSRF tokens are bound to it); null when signed out. */
    sessionToken: string | null;
    /** The token every form of this response carries in its `_csrf` field (see views/form-parts.tsx). */
    csrfToken: string;
  };
}

export type AdminContext = Context<AdminEnv>;

export interface AdminDeps {
  /** An action context acting as `user` (null: signed out). */
  context: (user: Actor | null) => ActionContext;
  /** Public address of the site: absolute links in mail, the origin forms must come from. */
  baseUrl: string;
  log: Log;
  /** HMAC key for CSRF tokens, the same on every app node. */
  csrfKey: () => Promise<Buffer>;
  /** The client's network address (rate limits). */
  clientAddress: (c: Context) => string;
}

/** What every admin screen gets: the deps, the nav registry and the asset files. */
export interface AdminRuntime extends AdminDeps {
  nav: AdminNav;
  assets: AdminAssets;
  /** Whether cookies need the Secure attribute (the site is served over https). */
  isSecure: boolean;
}

/** The action context for this request's signed-in user. */
export function actionContext(c: AdminContext, runtime: AdminRuntime): ActionContext {
  return runtime.context(c.get('actor'));
}
