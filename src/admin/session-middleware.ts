import type { MiddlewareHandler } from 'hono';
import { getSessionActor } from '../actions/get-session-actor.js';
import type { AdminEnv, AdminRuntime } from './admin-env.js';

/**
 * Who is asking: the session cookie resolved to an Actor, set on the
 * context for every admin request (`c.get('actor')`, null when signed out).
 * A session whose lifetime moved sends its refreshed cookie back.
 */
export function sessionMiddleware(runtime: AdminRuntime): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const session = await getSessionActor(runtime.context(null), { cookieHeader: c.req.header('cookie') ?? null });
    c.set('actor', session?.actor ?? null);
    c.set('user', session?.user ?? null);
    c.set('sessionToken', session?.sessionToken ?? null);
    await next();
    for (const cookie of session?.cookies ?? []) c.header('Set-Cookie', cookie, { append: true });
  };
}
