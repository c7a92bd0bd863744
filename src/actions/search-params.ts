import { invalid, type FieldIssue } from '../domain/errors.js';
import type { ActionContext } from './action-context.js';
import type { SearchPublicationsInput } from './search-publications.js';

/** Reads every value of a query parameter (`?theme=a&theme=b`). */
export type ParamReader = (name: string) => string[];

/**
 * URL query parameters -> searchPublications input, shared by the site's
 * /search page and GET /api/v1/search: `q`, `sort`, `page`, `pageSize`,
 * `series`, `unit`, `author`, `year`, and one parameter per taxonomy named
 * after its slug (`theme`, `region`) taking term slugs. Several values of a
 * parameter must all match. A bad value is an `invalid` error naming the
 * parameter; parameters this search does not know are ignored (campaign tags
 * and the like ride along on links).
 */
export async function searchInputFromParams(ctx: Pick<ActionContext, 'store'>, read: ParamReader): Promise<SearchPublicationsInput> {
  const issues: FieldIssue[] = [];
  const first = (name: string): string | undefined => read(name).find((v) => v !== '');
  const whole = (name: string): number | undefined => {
    const value = first(name);
    if (value === undefined) return undefined;
    if (!/^\d{1,6}$/.test(value)) {
      issues.push({ field: name, message: `"${value.slice(0, 40)}" is not a whole number` });
      return undefined;
    }
    return Number(value);
  };
  const years = read('year').filter(Boolean).flatMap((value) => {
    if (/^\d{4}$/.test(value)) return [Number(value)];
    issues.push({ field: 'year', message: `"${value.slice(0, 40)}" is not a year (four digits)` });
    return [];
  });
  const terms: string[] = [];
  for (const taxonomy of await ctx.store.taxonomies.listTaxonomies()) {
    for (const value of read(taxonomy.slug).filter(Boolean)) {
      const term = await ctx.store.taxonomies.findTerm(taxonomy.id, value);
      if (term) terms.push(term.id);
      else issues.push({ field: taxonomy.slug, message: `no ${taxonomy.name.toLowerCase()} term "${value.slice(0, 80)}"` });
    }
  }
  const page = whole('page');
  const pageSize = whole('pageSize');
  const sort = first('sort');
  if (issues.length) throw invalid(issues);
  return {
    q: first('q') ?? '',
    series: read('series').filter(Boolean),
    unit: read('unit').filter(Boolean),
    author: read('author').filter(Boolean),
    terms,
    year: years,
    ...(sort !== undefined ? { sort: sort as 'relevance' | 'date' } : {}),
    ...(page !== undefined ? { page } : {}),
    ...(pageSize !== undefined ? { pageSize } : {}),
  };
}
