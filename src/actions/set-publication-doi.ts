import { z } from 'zod';
import { tags } from '../domain/change-tags.js';
import { normalizeDoi } from '../domain/doi.js';
import { invalidField, notFound } from '../domain/errors.js';
import { requirePermission } from '../domain/permissions.js';
import type { Publication } from '../domain/publication.js';
import { isoNow, type ActionContext } from './action-context.js';
import { parseInput } from './parse-input.js';
import { quoted, recordAudit } from './record-audit.js';

const input = z.object({
  /** The publication's id or its code (`IP24112`). */
  publication: z.string().trim().min(1, 'name a publication by id or code'),
  /** `10.1234/abc`, a doi.org URL or `doi:...`; empty or null clears it. */
  doi: z.string().max(300, 'must be at most 300 characters').nullable(),
});

export type SetPublicationDoiInput = z.input<typeof input>;

/**
 * Record the DOI a publication was registered under (or clear it). The
 * publications office does this once Crossref has the deposit, so it needs
 * the publish permission; it is registration metadata, not content, so it
 * makes no revision. Its last change moves, so harvesters collect it again.
 */
export async function setPublicationDoi(ctx: ActionContext, raw: SetPublicationDoiInput): Promise<Publication> {
  const actor = requirePermission(ctx.user, 'content.publish');
  const data = parseInput(input, raw);
  const doi = data.doi === null ? null : normalizeDoi(data.doi);
  let id = data.publication;
  await ctx.store.transaction(async (tx) => {
    const current = (await tx.publications.findById(data.publication)) ?? (await tx.publications.findByCode(data.publication));
    if (!current) throw notFound(`Publication ${data.publication}`);
    id = current.id;
    if (doi) {
      const holder = await tx.publications.findIdByDoi(doi);
      if (holder && holder !== current.id) {
        const other = await tx.publications.findById(holder);
        throw invalidField('doi', `${doi} is already the DOI of ${quoted(other ? (other.code ?? other.title) : holder)}`);
      }
    }
    await tx.publications.setDoi(current.id, doi, isoNow(ctx));
    await recordAudit(tx, ctx, actor, {
      action: 'publication.doi',
      entityKind: 'publication',
      entityId: current.id,
      summary: doi ? `Set the DOI of ${quoted(current.title)} to ${doi}` : `Cleared the DOI of ${quoted(current.title)}`,
    });
  });
  // The last change moved: sitemaps and feeds print it, and they listen to the list tag.
  ctx.events.emit([tags.publication(id), tags.publicationLists]);
  const saved = await ctx.store.publications.findById(id);
  if (!saved) throw notFound(`Publication ${id}`);
  ctx.log.info('publication doi set', { id, by: actor.id, doi });
  return saved;
}
