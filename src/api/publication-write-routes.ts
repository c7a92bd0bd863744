import type { Context, Hono } from 'hono';
import type { ActionContext } from '../actions/action-context.js';
import { createPublication } from '../actions/create-publication.js';
import { getRevision } from '../actions/get-revision.js';
import { listRevisions } from '../actions/list-revisions.js';
import { loadReferenceData } from '../actions/reference-data.js';
import { transitionPublication } from '../actions/transition-publication.js';
import { updatePublication } from '../actions/update-publication.js';
import { DomainError, invalid, isDomainError } from '../domain/errors.js';
import type { Actor } from '../domain/permissions.js';
import type { Publication } from '../domain/publication.js';
import { requireBearer, type ActorResolver } from './api-auth.js';
import { fullPublicationItem } from './api-item.js';

export interface WriteRouteDeps {
  /** An action context acting as `user`. */
  context: (user: Actor | null) => ActionContext;
  /** The caller's account from their bearer token; null when there is none. Absent: nobody can write. */
  actor?: ActorResolver | undefined;
  baseUrl: string;
}

const EDITABLE = ['series', 'title', 'slug', 'date', 'synopsis', 'body', 'bio', 'authors', 'terms', 'units', 'isFeatured', 'legacyUrls'];
const CREATE_FIELDS = [...EDITABLE, 'status', 'code', 'publishedAt'];
const PATCH_FIELDS = [...EDITABLE, 'revision'];
const TRANSITION_FIELDS = ['to', 'at', 'revision', 'note'];

/**
 * The write half of the publications API:
 *   POST  /publications                     create (201 + Location)
 *   PATCH /publications/{id}                 save changes; the body carries the `revision` it edits
 *   POST  /publications/{id}/transitions     {to, at?, revision?, note?}
 *   GET   /publications/{id}/revisions       history (editors, own authors)
 *   GET   /publications/{id}/revisions/{r}   one revision by id or number (e.g. a refused save kept aside)
 * Every request needs a bearer token (401 without); role rules are the
 * actions' (403); bad fields 400 naming each; a stale revision 409 naming
 * where the refused version was kept.
 */
export function registerPublicationWriteRoutes(api: Hono, deps: WriteRouteDeps): void {
  const bearer = requireBearer(deps.actor);
  const respond = async (c: Context, ctx: ActionContext, publication: Publication, status: 200 | 201 = 200) => {
    const reference = await loadReferenceData(ctx.store);
    return c.json(fullPublicationItem(publication, reference, deps.baseUrl), status);
  };

  api.post('/publications', bearer, async (c) => {
    const ctx = deps.context(c.get('actor'));
    const body = await readObject(c, CREATE_FIELDS);
    const created = await createPublication(ctx, body as never);
    c.header('Location', `${deps.baseUrl}/api/v1/publications/${created.id}`);
    return respond(c, ctx, created, 201);
  });

  api.patch('/publications/:id', bearer, async (c) => {
    const ctx = deps.context(c.get('actor'));
    const body = await readObject(c, PATCH_FIELDS);
    const id = c.req.param('id');
    try {
      return await respond(c, ctx, await updatePublication(ctx, { ...body, id } as never));
    } catch (error) {
      throw withRevisionUrl(error, deps.baseUrl);
    }
  });

  api.post('/publications/:id/transitions', bearer, async (c) => {
    const ctx = deps.context(c.get('actor'));
    const body = await readObject(c, TRANSITION_FIELDS);
    return respond(c, ctx, await transitionPublication(ctx, { ...body, id: c.req.param('id') } as never));
  });

  api.get('/publications/:id/revisions', bearer, async (c) => {
    const ctx = deps.context(c.get('actor'));
    const history = await listRevisions(ctx, { id: c.req.param('id') });
    return c.json({
      ...history,
      revisions: history.revisions.map((r) => ({ ...r, url: revisionUrl(deps.baseUrl, r.publicationId, r.id) })),
    });
  });

  api.get('/publications/:id/revisions/:revision', bearer, async (c) => {
    const ctx = deps.context(c.get('actor'));
    const ref = c.req.param('revision');
    return c.json(await getRevision(ctx, { id: c.req.param('id'), revision: /^\d+$/.test(ref) ? Number(ref) : ref }));
  });
}

function revisionUrl(baseUrl: string, publicationId: string, revisionId: string): string {
  return `${baseUrl}/api/v1/publications/${publicationId}/revisions/${revisionId}`;
}

/** A conflict that kept the refused version also says where to fetch it. */
function withRevisionUrl(error: unknown, baseUrl: string): unknown {
  if (!isDomainError(error) || error.code !== 'conflict' || typeof error.details?.keptRevisionId !== 'string') return error;
  const publicationId = String(error.details.publicationId);
  return new DomainError(error.code, error.message, error.issues, {
    ...error.details,
    keptRevisionUrl: revisionUrl(baseUrl, publicationId, error.details.keptRevisionId),
  });
}

/**
 * The JSON object a write sends. Unknown keys are refused by name rather
 * than ignored, so a misspelt `sumary` does not silently vanish.
 */
async function readObject(c: Context, allowed: readonly string[]): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw invalid([{ field: '(body)', message: 'must be a JSON object (send Content-Type: application/json)' }]);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalid([{ field: '(body)', message: 'must be a JSON object' }]);
  }
  const unknown = Object.keys(body).filter((key) => !allowed.includes(key));
  if (unknown.length) {
    throw invalid(unknown.map((field) => ({ field, message: `is not a field here (fields: ${allowed.join(', ')})` })));
  }
  return body as Record<string, unknown>;
}
