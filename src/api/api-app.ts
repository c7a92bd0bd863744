import { Hono, type Context } from 'hono';
import type { ActionContext, Log } from '../actions/action-context.js';
import { getPublication } from '../actions/get-publication.js';
import { listPeople } from '../actions/list-people.js';
import { listPublications } from '../actions/list-publications.js';
import { listSeries } from '../actions/list-series.js';
import { listTerms } from '../actions/list-terms.js';
import { loadReferenceData } from '../actions/reference-data.js';
import { isDomainError } from '../domain/errors.js';
import type { Actor } from '../domain/permissions.js';
import { ERROR_STATUS } from '../http/error-status.js';
import { intParam } from '../http/query-params.js';
import { bearerChallenge } from './api-auth.js';
import { fullPublicationItem, publicationItem } from './api-item.js';
import { registerPublicationWriteRoutes } from './publication-write-routes.js';
import { registerPublicationPdfRoutes } from './publication-pdf-routes.js';
import { registerSearchRoutes } from './search-routes.js';

export interface ApiDeps {
  /** An action context acting as `user` (left out: an anonymous reader). */
  context: (user?: Actor | null) => ActionContext;
  /** Resolves the caller from the request's bearer token (null: no or no valid token). Without it the API is read-only. */
  actor?: (c: Context) => Promise<Actor | null>;
  baseUrl: string;
  log: Log;
}

/** The JSON API, mounted at /api/v1. Every error is JSON: `{error: {status, code, message, fields}}`. */
export function createApiApp(deps: ApiDeps): Hono {
  const api = new Hono();

  api.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  api.get('/publications', async (c) => {
    const ctx = deps.context();
    const q = c.req.query();
    const terms = c.req.queries('term') ?? [];
    const result = await listPublications(ctx, {
      ...(q.series ? { series: q.series } : {}),
      ...(q.code ? { code: q.code } : {}),
      ...(q.author ? { author: q.author } : {}),
      ...(q.unit ? { unit: q.unit } : {}),
      ...(q.year ? { year: intParam(q.year, 'year', 0) } : {}),
      terms,
      page: intParam(q.page, 'page', 1),
      pageSize: intParam(q.pageSize, 'pageSize', 20),
    });
    const reference = await loadReferenceData(ctx.store);
    return c.json({ ...result, items: result.items.map((p) => publicationItem(p, reference, deps.baseUrl)) });
  });

  // The caller's own view: editors also get drafts, authors their own work.
  api.get('/publications/:id', async (c) => {
    const ctx = deps.context(deps.actor ? await deps.actor(c) : null);
    const publication = await getPublication(ctx, { id: c.req.param('id') });
    const reference = await loadReferenceData(ctx.store);
    return c.json(fullPublicationItem(publication, reference, deps.baseUrl));
  });

  api.get('/series', async (c) => {
    const series = await listSeries(deps.context());
    return c.json({
      items: series.map((s) => ({
        id: s.id, slug: s.slug, name: s.name, group: s.group, codePrefix: s.codePrefix,
        numbering: s.numbering, datePrecision: s.datePrecision, url: `${deps.baseUrl}/publications/${s.slug}`,
      })),
    });
  });

  api.get('/people', async (c) => {
    const ctx = deps.context();
    const [people, reference] = await Promise.all([listPeople(ctx), loadReferenceData(ctx.store)]);
    return c.json({
      items: people.map((p) => ({
        id: p.id, slug: p.slug, name: p.name, honorific: p.honorific, rank: p.rank,
        group: reference.groups.find((g) => g.id === p.groupId)?.slug ?? null,
        units: p.unitIds.map((id) => reference.unitById.get(id)?.slug).filter(Boolean),
        url: `${deps.baseUrl}/people/${p.slug}`,
      })),
    });
  });

  api.get('/terms', async (c) => {
    const taxonomies = await listTerms(deps.context());
    return c.json({
      items: taxonomies.map(({ taxonomy, terms }) => ({
        slug: taxonomy.slug,
        name: taxonomy.name,
        terms: terms.map((t) => ({ id: t.id, slug: t.slug, name: t.name, url: `${deps.baseUrl}/${taxonomy.path}/${t.slug}` })),
      })),
    });
  });

  registerPublicationWriteRoutes(api, { context: (user) => deps.context(user), actor: deps.actor, baseUrl: deps.baseUrl });
  registerPublicationPdfRoutes(api, { context: (user) => deps.context(user), actor: deps.actor });
  registerSearchRoutes(api, { context: () => deps.context(), baseUrl: deps.baseUrl });

  // A mounted sub-app's notFound handler is not consulted, so the API ends
  // with a catch-all of its own: unknown API paths answer JSON, not the site's 404.
  api.all('*', (c) => c.json({ error: { status: 404, code: 'not_found', message: `No API route ${c.req.method} ${c.req.path}`, fields: [] } }, 404));

  api.onError((error, c) => {
    if (isDomainError(error)) {
      const status = ERROR_STATUS[error.code];
      if (error.code === 'unauthenticated') c.header('WWW-Authenticate', bearerChallenge(error));
      return c.json({ error: { status, code: error.code, message: error.message, fields: error.issues, ...(error.details ? { details: error.details } : {}) } }, status);
    }
    deps.log.error('api request failed', { path: c.req.path, error: error instanceof Error ? error.stack : String(error) });
    return c.json({ error: { status: 500, code: 'internal', message: 'Something went wrong on our side', fields: [] } }, 500);
  });

  return api;
}
