import { tags } from '../domain/change-tags.js';
import { notFound } from '../domain/errors.js';
import type { PublicationSummary } from '../domain/publication.js';
import type { SiteSettings } from '../domain/site-settings.js';
import type { Term } from '../domain/taxonomy.js';
import type { PublicationQuery } from '../store/repositories/publication-repository.js';
import type { ActionContext } from './action-context.js';
import { loadReferenceData, type ReferenceData } from './reference-data.js';
import { listedStatuses } from './visibility.js';

/** Whose publications a feed carries: the whole site, or one series, term, unit or author. */
export type FeedScope =
  | { kind: 'site' }
  | { kind: 'series'; slug: string }
  | { kind: 'term'; taxonomyPath: string; slug: string }
  | { kind: 'unit'; slug: string }
  | { kind: 'person'; slug: string };

export interface FeedData {
  /** "IDSS Papers", "Maritime Security", "Sarah Soh"; the site's name for the site-wide feed. */
  title: string;
  description: string;
  /** The HTML page the feed follows (`/publications/idss-papers`). */
  pagePath: string;
  items: PublicationSummary[];
  settings: SiteSettings;
  reference: ReferenceData;
  /** Cache tags (domain/change-tags.ts) of everything the feed shows. */
  cacheTags: string[];
}

export const FEED_SIZE = 20;

/** The newest public publications of one scope, for RSS, Atom and JSON Feed. */
export async function listFeedItems(ctx: ActionContext, scope: FeedScope, limit = FEED_SIZE): Promise<FeedData> {
  const { store } = ctx;
  const [reference, settings] = await Promise.all([loadReferenceData(store), store.settings.get()]);
  const base = { statuses: listedStatuses(), limit, offset: 0 };
  const cacheTags: string[] = [tags.chrome, tags.publicationLists];
  let title = settings.name;
  let description = `The latest publications of ${settings.name}.`;
  let pagePath = '/publications';
  let query: PublicationQuery = base;

  switch (scope.kind) {
    case 'site':
      break;
    case 'series': {
      const series = reference.series.find((s) => s.slug === scope.slug);
      if (!series) throw notFound(`Series ${scope.slug}`);
      title = series.name;
      description = series.description || `The latest ${series.name} from ${settings.name}.`;
      pagePath = `/publications/${series.slug}`;
      query = { ...base, seriesIds: [series.id] };
      cacheTags.push(tags.series(series.id));
      break;
    }
    case 'term': {
      const taxonomy = reference.taxonomies.find((t) => t.path === scope.taxonomyPath);
      const term: Term | undefined = taxonomy && reference.terms.find((t) => t.taxonomyId === taxonomy.id && t.slug === scope.slug);
      if (!taxonomy || !term) throw notFound(`${scope.taxonomyPath}/${scope.slug}`);
      title = term.name;
      description = term.description || `The latest publications of ${settings.name} on ${term.name}.`;
      pagePath = `/${taxonomy.path}/${term.slug}`;
      query = { ...base, termIds: [term.id] };
      cacheTags.push(tags.term(term.id));
      break;
    }
    case 'unit': {
      const unit = reference.units.find((u) => u.slug === scope.slug);
      if (!unit) throw notFound(`Unit ${scope.slug}`);
      title = unit.name;
      description = `The latest publications of ${unit.name}.`;
      pagePath = `/research/${unit.slug}`;
      query = { ...base, unitId: unit.id };
      cacheTags.push(tags.unit(unit.id));
      break;
    }
    case 'person': {
      const person = await store.people.findBySlug(scope.slug);
      if (!person) throw notFound(`Profile ${scope.slug}`);
      title = person.name;
      description = `The latest publications by ${person.name}.`;
      pagePath = `/people/${person.slug}`;
      query = { ...base, personId: person.id };
      cacheTags.push(tags.person(person.id));
      break;
    }
  }
  const { items } = await store.publications.list(query);
  // Everything an entry prints: the item, its series, terms and units (categories) and its authors.
  for (const item of items) {
    cacheTags.push(tags.publication(item.id), tags.series(item.seriesId), ...item.termIds.map(tags.term), ...item.unitIds.map(tags.unit));
    for (const author of item.authors) if (author.personId) cacheTags.push(tags.person(author.personId));
  }
  return { title, description, pagePath, items, settings, reference, cacheTags: [...new Set(cacheTags)] };
}
