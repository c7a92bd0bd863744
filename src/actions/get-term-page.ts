import { notFound } from '../domain/errors.js';
import type { Taxonomy, Term } from '../domain/taxonomy.js';
import type { ActionContext } from './action-context.js';
import { listPublications, type PublicationPage } from './list-publications.js';
import { loadReferenceData, type ReferenceData } from './reference-data.js';
import { listedStatuses } from './visibility.js';

export interface TermPage {
  taxonomy: Taxonomy;
  term: Term;
  publications: PublicationPage;
  reference: ReferenceData;
}

/** A theme or region with its publications. */
export async function getTermPage(ctx: ActionContext, input: { taxonomyPath: string; termSlug: string; page?: number }): Promise<TermPage> {
  const reference = await loadReferenceData(ctx.store);
  const taxonomy = reference.taxonomies.find((t) => t.path === input.taxonomyPath);
  const term = taxonomy && reference.terms.find((t) => t.taxonomyId === taxonomy.id && t.slug === input.termSlug);
  if (!taxonomy || !term) throw notFound(`${input.taxonomyPath}/${input.termSlug}`);
  const publications = await listPublications(ctx, { terms: [term.id], page: input.page ?? 1, pageSize: 20 });
  return { taxonomy, term, publications, reference };
}

export interface TaxonomyIndex {
  taxonomy: Taxonomy;
  terms: { term: Term; count: number }[];
}

/** Every term of a taxonomy with how many public items carry it. */
export async function getTaxonomyIndex(ctx: ActionContext, input: { taxonomyPath: string }): Promise<TaxonomyIndex> {
  const taxonomy = await ctx.store.taxonomies.findTaxonomyByPath(input.taxonomyPath);
  if (!taxonomy) throw notFound(`/${input.taxonomyPath}`);
  const [terms, counts] = await Promise.all([
    ctx.store.taxonomies.listTerms(taxonomy.id),
    ctx.store.taxonomies.countPublicByTerm(listedStatuses()),
  ]);
  return { taxonomy, terms: terms.map((term) => ({ term, count: counts.get(term.id) ?? 0 })) };
}
