import type { ReferenceData } from '../actions/reference-data.js';
import { publicationPath, type Publication, type PublicationSummary } from '../domain/publication.js';

/**
 * The JSON shape of a publication in the API. Terms are grouped by taxonomy
 * slug (`theme`, `region`) plus `unit`, as the site groups its categories.
 */
export function publicationItem(p: PublicationSummary, reference: ReferenceData, baseUrl: string) {
  const series = reference.seriesById.get(p.seriesId);
  const terms: Record<string, { slug: string; name: string }[]> = { unit: [] };
  for (const taxonomy of reference.taxonomies) terms[taxonomy.slug] = [];
  for (const id of p.termIds) {
    const term = reference.termById.get(id);
    const taxonomy = term && reference.taxonomyById.get(term.taxonomyId);
    if (term && taxonomy) terms[taxonomy.slug]?.push({ slug: term.slug, name: term.name });
  }
  for (const id of p.unitIds) {
    const unit = reference.unitById.get(id);
    if (unit) terms.unit?.push({ slug: unit.slug, name: unit.name });
  }
  return {
    id: p.id,
    code: p.code,
    title: p.title,
    slug: p.slug,
    url: series ? `${baseUrl}${publicationPath(series.slug, p)}` : null,
    series: series ? { slug: series.slug, name: series.name } : null,
    authors: p.authors.map((a) => ({ name: a.name, slug: a.personSlug })),
    date: p.date,
    datePrecision: p.datePrecision,
    synopsis: p.synopsis,
    doi: p.doi ?? null,
    status: p.status,
    revision: p.revision,
    isFeatured: p.isFeatured,
    terms,
    publishedAt: p.publishedAt,
    updatedAt: p.updatedAt,
  };
}

export function fullPublicationItem(p: Publication, reference: ReferenceData, baseUrl: string) {
  return {
    ...publicationItem(p, reference, baseUrl),
    body: p.body,
    bodyHtml: p.bodyHtml,
    bio: p.bio,
    bioHtml: p.bioHtml,
    legacyUrls: p.legacyUrls,
  };
}
