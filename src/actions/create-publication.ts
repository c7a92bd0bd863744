import { z } from 'zod';
import { tags } from '../domain/change-tags.js';
import { newId } from '../domain/ids.js';
import { requirePermission } from '../domain/permissions.js';
import type { Publication } from '../domain/publication.js';
import { notFound } from '../domain/errors.js';
import { isoNow, type ActionContext } from './action-context.js';
import { parseInput } from './parse-input.js';
import { publicationCreateFields } from './publication-input.js';
import { resolveSeries } from './resolve-references.js';
import { buildPublicationFields, normalizeLegacyUrls, saveLegacyUrls, snapshotOfFields } from './build-publication-write.js';
import { claimSeriesCode, drawSeriesCode } from './assign-series-code.js';
import { recordEvent, recordRevision } from './publication-history.js';
import { quoted, recordAudit } from './record-audit.js';
import { syncSearchIndex } from './sync-search-index.js';

const createInput = z.object({
  ...publicationCreateFields,
  /** Only for items that already carry a code (imports of an archive). */
  code: z.string().trim().min(1).optional(),
  status: z.enum(['draft', 'published']).default('draft'),
  publishedAt: z.iso.datetime({ offset: true }).optional(),
});

export type CreatePublicationInput = z.input<typeof createInput>;

/**
 * Create a publication, as a draft by default. Creating it already published
 * (imports, the demo) needs the publish permission and gets its code now.
 * The item records the user who created it (an author owns it), its first
 * revision, its first workflow event and an audit line, all in one transaction.
 */
export async function createPublication(ctx: ActionContext, input: CreatePublicationInput): Promise<Publication> {
  const actor = requirePermission(ctx.user, 'content.edit_own');
  const data = parseInput(createInput, input);
  if (data.status !== 'draft' || data.code) requirePermission(actor, 'content.publish');
  const legacyUrls = normalizeLegacyUrls(data.legacyUrls);
  const now = isoNow(ctx);
  const id = newId(ctx.clock.now().getTime());

  await ctx.store.transaction(async (tx) => {
    const series = await resolveSeries(tx, data.series);
    const fields = await buildPublicationFields(ctx, tx, series, data);
    const isPublished = data.status === 'published';
    const assigned = data.code
      ? await claimSeriesCode(tx, series, data.date, data.code)
      : isPublished ? await drawSeriesCode(tx, series, data.date) : { code: null, sequence: null };
    await tx.publications.insert({
      id,
      ...fields,
      ...assigned,
      status: data.status,
      publishedAt: isPublished ? (data.publishedAt ? new Date(data.publishedAt).toISOString() : now) : null,
      scheduledAt: null,
      createdAt: now,
      updatedAt: now,
      revision: 1,
      createdBy: actor.kind === 'user' ? actor.id : null,
    });
    await saveLegacyUrls(tx, { id, legacyUrls: [] }, legacyUrls, now);
    await syncSearchIndex(ctx, tx, [id]);
    await recordRevision(tx, ctx, actor, { publicationId: id, revision: 1, kind: 'save', baseRevision: null, snapshot: snapshotOfFields(fields, legacyUrls) });
    await recordEvent(tx, ctx, actor, { publicationId: id, fromStatus: null, toStatus: data.status, code: assigned.code });
    await recordAudit(tx, ctx, actor, {
      action: 'publication.create', entityKind: 'publication', entityId: id,
      summary: `Created ${data.status === 'draft' ? 'draft' : `published ${assigned.code ?? 'item'}`} ${quoted(fields.title)} in ${series.name}`,
    });
  });

  ctx.events.emit([tags.publication(id), tags.publicationLists]);
  const created = await ctx.store.publications.findById(id);
  if (!created) throw notFound(`Publication ${id}`);
  ctx.log.info('publication created', { id, by: actor.id });
  return created;
}
