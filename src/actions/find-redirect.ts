import { normalizeLegacyPath } from '../domain/legacy-path.js';
import { publicationPath } from '../domain/publication.js';
import type { ActionContext } from './action-context.js';
import { listedStatuses } from './visibility.js';

/**
 * Where an old URL now lives, or undefined. The target is looked up at
 * request time, so a redirect follows its entity through later renames.
 */
export async function findRedirect(ctx: ActionContext, input: { path: string }): Promise<string | undefined> {
  const key = normalizeLegacyPath(input.path);
  if (!key) return undefined;
  const redirect = await ctx.store.redirects.find(key);
  if (!redirect) return undefined;
  switch (redirect.targetKind) {
    case 'publication': {
      const publication = await ctx.store.publications.findById(redirect.targetId);
      if (!publication || ![...listedStatuses(), 'archived'].includes(publication.status)) return undefined;
      const series = await ctx.store.series.findById(publication.seriesId);
      return series ? publicationPath(series.slug, publication) : undefined;
    }
    case 'page': {
      const page = await ctx.store.pages.findById(redirect.targetId);
      return page?.isPublished ? page.path : undefined;
    }
    case 'person': {
      const person = await ctx.store.people.findById(redirect.targetId);
      return person ? `/people/${person.slug}` : undefined;
    }
    case 'url':
      return redirect.targetId;
  }
}
