import type { DirectoryGroup } from '../domain/person.js';
import type { Series } from '../domain/series.js';
import type { Taxonomy, Term } from '../domain/taxonomy.js';
import type { UnitRecord } from '../store/repositories/unit-repository.js';
import type { Store } from '../store/store.js';

/**
 * The small vocabularies every page refers to (series, taxonomies, terms,
 * units, directory groups), loaded together and indexed by id so views can
 * label links without a query per item.
 */
export interface ReferenceData {
  series: Series[];
  seriesById: Map<string, Series>;
  taxonomies: Taxonomy[];
  taxonomyById: Map<string, Taxonomy>;
  terms: Term[];
  termById: Map<string, Term>;
  units: UnitRecord[];
  unitById: Map<string, UnitRecord>;
  groups: DirectoryGroup[];
}

export async function loadReferenceData(store: Store): Promise<ReferenceData> {
  const [series, taxonomies, terms, units, groups] = await Promise.all([
    store.series.list(),
    store.taxonomies.listTaxonomies(),
    store.taxonomies.listTerms(),
    store.units.list(),
    store.people.listGroups(),
  ]);
  return {
    series,
    seriesById: new Map(series.map((s) => [s.id, s])),
    taxonomies,
    taxonomyById: new Map(taxonomies.map((t) => [t.id, t])),
    terms,
    termById: new Map(terms.map((t) => [t.id, t])),
    units,
    unitById: new Map(units.map((u) => [u.id, u])),
    groups,
  };
}
