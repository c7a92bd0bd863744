import type { FC } from 'hono/jsx';
import type { Series } from '../../domain/series.js';
import type { Taxonomy, Term } from '../../domain/taxonomy.js';
import { unitLabel, type Unit } from '../../domain/unit.js';

interface Facet {
  label: string;
  links: { label: string; href: string }[];
}

export interface CategoryGroupsProps {
  series: Series;
  terms: Term[];
  taxonomies: Taxonomy[];
  units: Unit[];
}

/**
 * The categories of a publication by facet: its series, then each taxonomy
 * (themes, regions) in the institute's order, then the units. The
 * institute's own page prints them as one slash-separated line; grouped,
 * a reader can tell a region from a theme.
 */
export function categoryFacets({ series, terms, taxonomies, units }: CategoryGroupsProps): Facet[] {
  const facets: Facet[] = [{ label: 'Series', links: [{ label: series.name, href: `/publications/${series.slug}` }] }];
  for (const taxonomy of taxonomies) {
    const own = terms.filter((t) => t.taxonomyId === taxonomy.id);
    if (own.length > 0) facets.push({ label: taxonomy.name, links: own.map((t) => ({ label: t.name, href: `/${taxonomy.path}/${t.slug}` })) });
  }
  if (units.length > 0) facets.push({ label: 'Units', links: units.map((u) => ({ label: unitLabel(u), href: `/research/${u.slug}` })) });
  return facets;
}

export const CategoryGroups: FC<CategoryGroupsProps> = (props) => (
  <section class="categories" aria-labelledby="categories_heading">
    <h2 id="categories_heading" class="section-label">Categories</h2>
    <dl>
      {categoryFacets(props).map((facet) => (
        <div class="category-facet">
          <dt>{facet.label}</dt>
          <dd>
            <ul>
              {facet.links.map((link) => <li><a href={link.href}>{link.label}</a></li>)}
            </ul>
          </dd>
        </div>
      ))}
    </dl>
  </section>
);
