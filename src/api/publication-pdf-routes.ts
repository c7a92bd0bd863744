import type { Hono } from 'hono';
import { z } from 'zod';
import type { ActionContext } from '../actions/action-context.js';
import { setPublicationPdf } from '../actions/set-publication-pdf.js';
import { invalid } from '../domain/errors.js';
import type { Actor } from '../domain/permissions.js';
import { requireBearer, type ActorResolver } from './api-auth.js';

export interface PdfRouteDeps {
  context: (user: Actor | null) => ActionContext;
  actor?: ActorResolver | undefined;
}

const body = z.object({ mediaId: z.string().nullable() }).strict();

/**
 * PUT /publications/{id}/pdf  {"mediaId": "..."}  attach a PDF document of
 * the media library in place of the generated PDF (books, reports);
 * {"mediaId": null} goes back to the generated one. Needs the publish right.
 */
export function registerPublicationPdfRoutes(api: Hono, deps: PdfRouteDeps): void {
  api.put('/publications/:id/pdf', requireBearer(deps.actor), async (c) => {
    const ctx = deps.context(c.get('actor'));
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      throw invalid([{ field: '(body)', message: 'must be a JSON object (send Content-Type: application/json)' }]);
    }
    const parsed = body.safeParse(raw);
    if (!parsed.success) throw invalid([{ field: 'mediaId', message: 'send {"mediaId": "<media id>"} or {"mediaId": null}' }]);
    const record = await setPublicationPdf(ctx, { publication: c.req.param('id'), mediaId: parsed.data.mediaId });
    return c.json(record
      ? { kind: record.kind, mediaId: record.uploadMediaId, sizeBytes: record.sizeBytes, contentHash: record.contentHash }
      : { kind: 'generated', mediaId: null });
  });
}
