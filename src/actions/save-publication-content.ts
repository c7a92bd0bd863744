import { tags } from '../domain/change-tags.js';
import { conflict, forbidden, isDomainError, notFound } from '../domain/errors.js';
import type { Actor } from '../domain/permissions.js';
import type { Publication } from '../domain/publication.js';
import { editRefusal } from '../domain/publication-access.js';
import { snapshotOf, type RevisionKind, type RevisionSnapshot } from '../domain/revision.js';
import type { Store } from '../store/store.js';
import { isoNow, type ActionContext } from './action-context.js';
import type { AuthorInput } from './publication-input.js';
import { resolveSeries } from './resolve-references.js';
import { buildPublicationFields, draftOfSnapshot, normalizeLegacyUrls, saveLegacyUrls, snapshotOfFields } from './build-publication-write.js';
import { recordRevision } from './publication-history.js';
import { quoted, recordAudit } from './record-audit.js';
import { syncSearchIndex } from './sync-search-index.js';

/** Editable fields a save may carry; left-out fields keep the base revision's value. */
export interface ContentPatch {
  series?: string | undefined;
  title?: string | undefined;
  slug?: string | undefined;
  date?: string | undefined;
  synopsis?: string | undefined;
  body?: string | undefined;
  bio?: string | undefined;
  authors?: AuthorInput[] | undefined;
  terms?: string[] | undefined;
  units?: string[] | undefined;
  isFeatured?: boolean | undefined;
  legacyUrls?: string[] | undefined;
}

export interface ContentSave {
  id: string;
  /** The revision the editor's copy is based on. */
  baseRevision: number;
  patch: ContentPatch;
  kind: Exclude<RevisionKind, 'conflict'>;
  restoredFrom?: string;
}

type Outcome =
  | { kind: 'saved' }
  | { kind: 'conflict'; revisionId: string; currentRevision: number; title: string };

/**
 * The one way publication content is saved (edits and restores). Every save
 * becomes a revision in the same transaction. A save based on a revision
 * that is no longer current is refused, but its content is kept as a
 * `conflict` revision first, and the error names it: nothing typed is lost.
 */
export async function savePublicationContent(ctx: ActionContext, actor: Actor, save: ContentSave): Promise<Publication> {
  const now = isoNow(ctx);
  const outcome = await ctx.store.transaction(async (tx): Promise<Outcome> => {
    const current = await tx.publications.findById(save.id);
    if (!current) throw notFound(`Publication ${save.id}`);
    const refusal = editRefusal(current, actor);
    if (refusal) throw forbidden(`You cannot change ${quoted(current.title)}: ${refusal}`);

    // The editor's intended content is their base revision with their
    // changes on top; for a stale copy that base is an older revision.
    const isStale = current.revision !== save.baseRevision;
    const base = isStale ? ((await tx.revisions.findByNumber(current.id, save.baseRevision))?.snapshot ?? snapshotOf(current)) : snapshotOf(current);
    const merged = mergePatch(base, current, save.patch);
    const series = await resolveSeries(tx, merged.series);
    const fields = await buildPublicationFields(ctx, tx, series, merged);
    const legacyUrls = normalizeLegacyUrls(merged.legacyUrls);
    const snapshot = snapshotOfFields(fields, legacyUrls);

    if (!isStale) {
      try {
        await tx.publications.update({ ...current, ...fields, updatedAt: now, revision: save.baseRevision + 1 }, save.baseRevision);
      } catch (error) {
        // Another node saved between our read and our write.
        if (!isDomainError(error) || error.code !== 'conflict') throw error;
        const latest = await tx.publications.findById(current.id);
        return keepRefused(tx, ctx, actor, save, snapshot, latest?.revision ?? current.revision + 1, current.title);
      }
      await saveLegacyUrls(tx, current, legacyUrls, now);
      await syncSearchIndex(ctx, tx, [current.id]);
      await recordRevision(tx, ctx, actor, {
        publicationId: current.id, revision: save.baseRevision + 1, kind: save.kind, baseRevision: save.baseRevision,
        restoredFrom: save.restoredFrom ?? null, snapshot,
      });
      await recordAudit(tx, ctx, actor, {
        action: save.kind === 'restore' ? 'publication.restore' : 'publication.update',
        entityKind: 'publication',
        entityId: current.id,
        summary: `${save.kind === 'restore' ? 'Restored an earlier revision of' : 'Edited'} ${quoted(fields.title)} (revision ${save.baseRevision + 1})`,
      });
      return { kind: 'saved' };
    }
    return keepRefused(tx, ctx, actor, save, snapshot, current.revision, current.title);
  });

  if (outcome.kind === 'conflict') {
    throw conflict(
      `${quoted(outcome.title)} was changed by someone else since your copy (revision ${save.baseRevision}; it is now at revision ${outcome.currentRevision}). `
      + `Your version was not saved over theirs but kept as revision ${outcome.revisionId} in the history: compare it with the current one and restore it, or copy what you need.`,
      { publicationId: save.id, yourRevision: save.baseRevision, currentRevision: outcome.currentRevision, keptRevisionId: outcome.revisionId },
    );
  }
  ctx.events.emit([tags.publication(save.id), tags.publicationLists]);
  const saved = await ctx.store.publications.findById(save.id);
  if (!saved) throw notFound(`Publication ${save.id}`);
  ctx.log.info('publication saved', { id: save.id, by: actor.id, revision: saved.revision, kind: save.kind });
  return saved;
}

async function keepRefused(
  tx: Store, ctx: ActionContext, actor: Actor, save: ContentSave, snapshot: RevisionSnapshot, currentRevision: number, title: string,
): Promise<Outcome> {
  const revisionId = await recordRevision(tx, ctx, actor, {
    publicationId: save.id, revision: null, kind: 'conflict', baseRevision: save.baseRevision, snapshot,
  });
  await recordAudit(tx, ctx, actor, {
    action: 'publication.conflict',
    entityKind: 'publication',
    entityId: save.id,
    summary: `Kept a refused save of ${quoted(title)} based on revision ${save.baseRevision} (current: ${currentRevision}) as revision ${revisionId}`,
  });
  return { kind: 'conflict', revisionId, currentRevision, title };
}

function mergePatch(base: RevisionSnapshot, current: Publication, patch: ContentPatch) {
  const draft = draftOfSnapshot(base);
  const title = patch.title ?? draft.title;
  // A draft's URL follows its title until it is published; after that the
  // slug is part of a cited address and changes only when asked.
  const slug = patch.slug ?? (patch.title && patch.title !== base.title && current.status === 'draft' ? undefined : draft.slug);
  return {
    series: patch.series ?? draft.series,
    title,
    slug,
    date: patch.date ?? draft.date,
    synopsis: patch.synopsis ?? draft.synopsis,
    body: patch.body ?? draft.body,
    bio: patch.bio ?? draft.bio,
    authors: patch.authors ?? draft.authors,
    terms: patch.terms ?? draft.terms,
    units: patch.units ?? draft.units,
    isFeatured: patch.isFeatured ?? draft.isFeatured,
    legacyUrls: patch.legacyUrls ?? draft.legacyUrls,
  };
}
