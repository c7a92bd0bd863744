import type { MiddlewareHandler } from 'hono';
import { forbidden } from '../domain/errors.js';
import { can, type Permission, type Role } from '../domain/permissions.js';
import type { AdminContext, AdminEnv } from './admin-env.js';

/** Only paths inside the back office may be a post-sign-in destination (no open redirect). */
export function safeNext(next: string | undefined | null): string {
  if (!next || !next.startsWith('/admin') || next.startsWith('/admin/sign-in') || /[\\\s]|\/\/|%5c/i.test(next)) return '/admin';
  return next;
}

/** 303 to the sign-in page, returning here afterwards (GET only; after a form post, to where the form was). */
export function redirectToSignIn(c: AdminContext): Response {
  const back = c.req.method === 'GET' ? `${c.req.path}${new URL(c.req.url).search}` : (c.req.header('referer') ? new URL(c.req.header('referer') as string).pathname : '/admin');
  return c.redirect(`/admin/sign-in?next=${encodeURIComponent(safeNext(back))}`, 303);
}

/** Any signed-in user; signed-out visitors go to the sign-in page. */
export function requireSignedIn(): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    if (!c.get('actor')) return redirectToSignIn(c);
    await next();
  };
}

/**
 * Routes guarded by a permission of domain/permissions.ts: signed out ->
 * sign-in page; signed in without it -> 403 page. The actions check again:
 * this guard only spares a screen the work of failing.
 *
 *   admin.get('/users', requirePermission('users.manage'), handler)
 */
export function requirePermission(permission: Permission): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    if (!actor) return redirectToSignIn(c);
    if (!can(actor, permission)) throw forbidden(`Your role (${actor.role}) cannot open this page`);
    await next();
  };
}

/** Routes for some roles only, when no single permission describes them. */
export function requireRole(...roles: Role[]): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    if (!actor) return redirectToSignIn(c);
    if (!roles.includes(actor.role)) throw forbidden(`This page is for ${roles.join(' or ')} accounts; yours is ${actor.role}`);
    await next();
  };
}
