/**
 * Bearer tokens for the JSON API (RFC 6750). Usage:
 *
 *   // composition (app.ts): createApiApp({ ..., actor: actorFromBearer(() => services.context(null)) })
 *   // in a route: the caller, or null when the request has no Authorization header
 *   const actor = await deps.actor(c);
 *   // or guard a whole route: 401 JSON without a valid token, the actor in c.get('actor') after
 *   api.post('/things', requireBearer(deps.actor), (c) => ...);
 *
 * A token that is present but unknown, revoked, or whose account is
 * disabled is refused right away (401, error="invalid_token"), even on a
 * read that would also work anonymously: a client should learn its token
 * is dead. Tokens are made with `imprint token create --email E` or on the
 * back office's API tokens screen.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { ActionContext } from '../actions/action-context.js';
import { authenticateApiToken } from '../actions/authenticate-api-token.js';
import { DomainError } from '../domain/errors.js';
import type { Actor } from '../domain/permissions.js';

export type ActorResolver = (c: Context) => Promise<Actor | null>;

const MISSING = 'This needs an API token: send "Authorization: Bearer <token>" (create one with `imprint token create --email <address>` or in the back office under API tokens)';

/** The token of an `Authorization: Bearer <token>` header; null without the header. */
export function bearerToken(c: Context): string | null {
  const header = c.req.header('authorization');
  if (header === undefined) return null;
  const match = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i.exec(header);
  if (!match?.[1]) {
    throw new DomainError('unauthenticated', 'The Authorization header must be "Bearer <token>"', [], { bearerError: 'invalid_request' });
  }
  return match[1];
}

/** Resolve the caller of each request from its bearer token (once per request, however often asked). */
export function actorFromBearer(context: () => ActionContext): ActorResolver {
  const resolved = new WeakMap<Request, Promise<Actor | null>>();
  const resolve = async (c: Context): Promise<Actor | null> => {
    const token = bearerToken(c);
    if (token === null) return null;
    const actor = await authenticateApiToken(context(), { token });
    if (!actor) {
      throw new DomainError('unauthenticated', 'The API token is not valid: it was revoked, mistyped, or its account is disabled', [], { bearerError: 'invalid_token' });
    }
    return actor;
  };
  return (c) => {
    let pending = resolved.get(c.req.raw);
    if (!pending) {
      pending = resolve(c);
      resolved.set(c.req.raw, pending);
    }
    return pending;
  };
}

/** Guard for routes that need a caller: 401 without a valid token; the actor is then in `c.get('actor')`. */
export function requireBearer(resolve: ActorResolver | undefined): MiddlewareHandler<{ Variables: { actor: Actor } }> {
  return async (c, next) => {
    const actor = resolve ? await resolve(c) : null;
    if (!actor) throw new DomainError('unauthenticated', MISSING);
    c.set('actor', actor);
    await next();
  };
}

/** The WWW-Authenticate challenge a 401 carries (RFC 6750 section 3). */
export function bearerChallenge(error: DomainError): string {
  const code = error.details?.bearerError;
  return typeof code === 'string' ? `Bearer realm="imprint", error="${code}"` : 'Bearer realm="imprint"';
}
