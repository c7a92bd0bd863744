import { notFound } from '../domain/errors.js';
import { SYSTEM_ACTOR } from '../domain/permissions.js';
import { publicationHandle } from '../domain/publication.js';
import { withUser, type ActionContext } from './action-context.js';
import { getPublicationPage, type PublicationPageData } from './get-publication-page.js';
import { verifyPreviewToken } from './preview-token.js';

/**
 * The page data of the publication a private preview link names, whatever
 * its status. The signed token is the permission: a forged, altered or
 * expired one finds nothing (404, the same as a missing item, so links
 * cannot be probed).
 */
export async function getPreviewPage(ctx: ActionContext, input: { token: string }): Promise<PublicationPageData> {
  const id = await verifyPreviewToken(ctx, input.token);
  const publication = id ? await ctx.store.publications.findById(id) : undefined;
  if (!publication) throw notFound('This preview link');
  const series = await ctx.store.series.findById(publication.seriesId);
  if (!series) throw notFound('This preview link');
  const lookup = await getPublicationPage(withUser(ctx, SYSTEM_ACTOR), { seriesSlug: series.slug, handle: publicationHandle(publication) });
  if (lookup.kind !== 'found') throw notFound('This preview link');
  return lookup.data;
}
