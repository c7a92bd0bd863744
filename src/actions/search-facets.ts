import type { FacetCount, FacetKind } from '../search/search-index.js';
import type { ActionContext } from './action-context.js';
import type { ReferenceData } from './reference-data.js';

/** One facet value: `value` is what a filter parameter takes (a slug, or a year). */
export interface FacetEntry {
  value: string;
  label: string;
  count: number;
  isSelected: boolean;
}

export interface TaxonomyFacet {
  /** The taxonomy's slug, which is also its filter parameter (`theme`, `region`). */
  slug: string;
  name: string;
  entries: FacetEntry[];
}

export interface SearchFacets {
  series: FacetEntry[];
  taxonomies: TaxonomyFacet[];
  unit: FacetEntry[];
  author: FacetEntry[];
  year: FacetEntry[];
}

/** Authors are many; the facet lists the most frequent (and every selected one). */
export const MAX_AUTHOR_ENTRIES = 25;

interface Selected {
  seriesIds: string[];
  termIds: string[];
  unitIds: string[];
  authorIds: string[];
  years: number[];
}

/** Turn the index's id counts into labelled entries, dropping ids that no longer resolve. */
export async function labelFacets(
  ctx: Pick<ActionContext, 'store'>, counts: Record<FacetKind, FacetCount[]>, reference: ReferenceData, selected: Selected,
): Promise<SearchFacets> {
  const series = counts.series.flatMap(({ value, count }) => {
    const s = reference.seriesById.get(value);
    return s ? [{ value: s.slug, label: s.name, count, isSelected: selected.seriesIds.includes(s.id) }] : [];
  });
  const taxonomies = reference.taxonomies.map((taxonomy) => ({
    slug: taxonomy.slug,
    name: taxonomy.name,
    entries: counts.term.flatMap(({ value, count }) => {
      const term = reference.termById.get(value);
      return term && term.taxonomyId === taxonomy.id
        ? [{ value: term.slug, label: term.name, count, isSelected: selected.termIds.includes(term.id) }]
        : [];
    }),
  }));
  const unit = counts.unit.flatMap(({ value, count }) => {
    const u = reference.unitById.get(value);
    return u ? [{ value: u.slug, label: u.acronym || u.name, count, isSelected: selected.unitIds.includes(u.id) }] : [];
  });
  const shownAuthors = counts.author.filter((a, index) => index < MAX_AUTHOR_ENTRIES || selected.authorIds.includes(a.value));
  const people = shownAuthors.length ? await ctx.store.people.list({ ids: shownAuthors.map((a) => a.value) }) : [];
  const personById = new Map(people.map((p) => [p.id, p]));
  const author = shownAuthors.flatMap(({ value, count }) => {
    const person = personById.get(value);
    return person ? [{ value: person.slug, label: person.name, count, isSelected: selected.authorIds.includes(person.id) }] : [];
  });
  const byCount = (a: FacetEntry, b: FacetEntry) => b.count - a.count || a.label.localeCompare(b.label);
  series.sort(byCount);
  for (const t of taxonomies) t.entries.sort(byCount);
  unit.sort(byCount);
  author.sort(byCount);
  const year = counts.year.map(({ value, count }) => ({ value, label: value, count, isSelected: selected.years.includes(Number(value)) }));
  return { series, taxonomies, unit, author, year };
}
