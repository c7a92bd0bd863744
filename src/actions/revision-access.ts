import { forbidden, notFound } from '../domain/errors.js';
import { can, requirePermission, type Actor } from '../domain/permissions.js';
import type { Publication } from '../domain/publication.js';
import { isOwnedBy } from '../domain/publication-access.js';
import type { PublicationRevision } from '../domain/revision.js';
import type { ReferenceData } from './reference-data.js';
import type { RevisionTexts } from '../domain/revision.js';
import type { ActionContext } from './action-context.js';

/**
 * A publication whose history `ctx.user` may read: editors and admins any,
 * authors their own (history holds unpublished text, so a published item's
 * history is not public).
 */
export async function getHistoryPublication(ctx: ActionContext, id: string): Promise<{ actor: Actor; publication: Publication }> {
  const actor = requirePermission(ctx.user, 'content.edit_own');
  const publication = await ctx.store.publications.findById(id);
  if (!publication) throw notFound(`Publication ${id}`);
  if (!can(actor, 'content.read_unpublished') && !isOwnedBy(publication, actor)) {
    throw forbidden('an author can only read the history of their own publications');
  }
  return { actor, publication };
}

/** A revision of this publication by id, or by revision number. */
export async function getRevisionOf(ctx: ActionContext, publicationId: string, ref: string | number, field: string): Promise<PublicationRevision> {
  const revision = typeof ref === 'number'
    ? await ctx.store.revisions.findByNumber(publicationId, ref)
    : await ctx.store.revisions.findById(ref);
  if (!revision || revision.publicationId !== publicationId) throw notFound(`Revision ${ref} of publication ${publicationId} (${field})`);
  return revision;
}

/** A revision as text per field, references turned into the names editors know. */
export function revisionTexts(revision: PublicationRevision, reference: ReferenceData): RevisionTexts {
  const s = revision.snapshot;
  // One line per term, in the order the site lists taxonomies, so a diff shows additions, not reshuffles.
  const terms = s.termIds.map((id) => {
    const term = reference.termById.get(id);
    const taxonomy = term && reference.taxonomyById.get(term.taxonomyId);
    const order = taxonomy ? reference.taxonomies.indexOf(taxonomy) : reference.taxonomies.length;
    return { order, line: term ? `${taxonomy?.name ?? 'Terms'}: ${term.name}` : `(removed term ${id})` };
  }).sort((a, b) => a.order - b.order || a.line.localeCompare(b.line));
  return {
    title: s.title,
    slug: s.slug,
    series: reference.seriesById.get(s.seriesId)?.name ?? `(removed series ${s.seriesId})`,
    date: s.date,
    authors: s.authors.map((a) => a.name).join('\n'),
    synopsis: s.synopsis,
    body: s.body,
    bio: s.bio,
    terms: terms.map((t) => t.line).join('\n'),
    units: s.unitIds.map((id) => reference.unitById.get(id)?.name ?? `(removed unit ${id})`).join('\n'),
    featured: s.isFeatured ? 'yes' : 'no',
    legacyUrls: s.legacyUrls.join('\n'),
  };
}
