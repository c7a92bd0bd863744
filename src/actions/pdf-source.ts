import { notFound } from '../domain/errors.js';
import { publicationPath, type Publication } from '../domain/publication.js';
import type { PublicationPdfSource } from '../domain/publication-pdf.js';
import { unitLabel } from '../domain/unit.js';
import type { ActionContext } from './action-context.js';
import { loadReferenceData } from './reference-data.js';

/**
 * What a publication's PDF prints, gathered as its page gathers it: the
 * series, the site settings (institute, accent, logo), the categories by
 * facet and the canonical address.
 */
export async function loadPdfSource(ctx: ActionContext, publication: Publication, baseUrl: string): Promise<PublicationPdfSource> {
  const [reference, settings] = await Promise.all([loadReferenceData(ctx.store), ctx.store.settings.get()]);
  const series = reference.seriesById.get(publication.seriesId);
  if (!series) throw notFound(`Series of publication ${publication.id}`);
  const terms = publication.termIds.flatMap((id) => reference.termById.get(id) ?? []);
  const units = publication.unitIds.flatMap((id) => reference.unitById.get(id) ?? []);
  const categories = [{ label: 'Series', terms: [series.name] }];
  for (const taxonomy of reference.taxonomies) {
    const own = terms.filter((t) => t.taxonomyId === taxonomy.id).map((t) => t.name);
    if (own.length > 0) categories.push({ label: taxonomy.name, terms: own });
  }
  if (units.length > 0) categories.push({ label: 'Units', terms: units.map(unitLabel) });
  return {
    publication,
    series,
    settings,
    categories,
    canonicalUrl: `${baseUrl.replace(/\/+$/, '')}${publicationPath(series.slug, publication)}`,
  };
}
