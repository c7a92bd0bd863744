import { invalidField } from '../domain/errors.js';
import type { Series } from '../domain/series.js';
import type { Term } from '../domain/taxonomy.js';
import type { Store } from '../store/store.js';
import type { PersonRecord } from '../store/repositories/person-repository.js';
import type { UnitRecord } from '../store/repositories/unit-repository.js';

/**
 * Inputs may name related entities by id or by slug (the API and importers
 * use slugs, admin pickers ids). A term is `taxonomy:slug` or an id.
 */
export async function resolveSeries(store: Store, ref: string, field = 'series'): Promise<Series> {
  const series = (await store.series.findById(ref)) ?? (await store.series.findBySlug(ref));
  if (!series) throw invalidField(field, `no series "${ref}"`);
  return series;
}

export async function resolvePerson(store: Store, ref: string, field: string): Promise<PersonRecord> {
  const person = (await store.people.findById(ref)) ?? (await store.people.findBySlug(ref));
  if (!person) throw invalidField(field, `no person "${ref}"`);
  return person;
}

export async function resolveUnit(store: Store, ref: string, field: string): Promise<UnitRecord> {
  const unit = (await store.units.findById(ref)) ?? (await store.units.findBySlug(ref));
  if (!unit) throw invalidField(field, `no unit "${ref}"`);
  return unit;
}

export async function resolveTerm(store: Store, ref: string, field: string): Promise<Term> {
  const byId = await store.taxonomies.findTermById(ref);
  if (byId) return byId;
  const [taxonomySlug, termSlug] = ref.split(':');
  if (taxonomySlug && termSlug) {
    const taxonomy = await store.taxonomies.findTaxonomy(taxonomySlug);
    const term = taxonomy && (await store.taxonomies.findTerm(taxonomy.id, termSlug));
    if (term) return term;
  }
  throw invalidField(field, `no term "${ref}" (write taxonomy:slug, e.g. "theme:maritime-security")`);
}

export async function resolveAll<T>(refs: readonly string[], field: string, resolve: (ref: string, field: string) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (const [index, ref] of refs.entries()) out.push(await resolve(ref, `${field}.${index}`));
  return out;
}
