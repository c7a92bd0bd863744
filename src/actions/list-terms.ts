import type { Taxonomy, Term } from '../domain/taxonomy.js';
import type { ActionContext } from './action-context.js';

export interface TaxonomyTerms {
  taxonomy: Taxonomy;
  terms: Term[];
}

/** Every taxonomy with its terms. */
export async function listTerms(ctx: ActionContext): Promise<TaxonomyTerms[]> {
  const [taxonomies, terms] = await Promise.all([ctx.store.taxonomies.listTaxonomies(), ctx.store.taxonomies.listTerms()]);
  return taxonomies.map((taxonomy) => ({ taxonomy, terms: terms.filter((t) => t.taxonomyId === taxonomy.id) }));
}
