import { createHash } from 'node:crypto';
import { invalidField } from '../domain/errors.js';
import { bareName } from '../domain/person.js';
import { slugify } from '../domain/slug.js';
import type { Term } from '../domain/taxonomy.js';
import type { PersonRecord } from '../store/repositories/person-repository.js';
import type { Store } from '../store/store.js';
import type { ActionContext } from './action-context.js';
import { savePerson } from './save-person.js';
import { saveTerm } from './save-taxonomy.js';

/**
 * Finding or creating what imported items refer to. People are matched by
 * name with honorifics ignored (person.ts nameKey); terms by name within
 * their taxonomy. What is created from an import is reported, and terms are
 * marked for review.
 */
export interface ImportedAuthor {
  name: string;
  honorific?: string | undefined;
  rank?: string | undefined;
}

export async function findOrCreatePerson(ctx: ActionContext, tx: Store, author: ImportedAuthor): Promise<{ person: PersonRecord; isNew: boolean }> {
  const name = bareName(author.name);
  const [found] = await tx.people.findByName(name);
  if (found) return { person: found, isNew: false };
  const base = slugify(name) || 'person';
  let slug = base;
  for (let n = 2; await tx.people.findBySlug(slug); n++) slug = `${base}-${n}`;
  const person = await savePerson({ ...ctx, store: tx }, {
    name,
    slug,
    honorific: (author.honorific ?? '').slice(0, 40),
    rank: (author.rank ?? '').slice(0, 200),
  });
  return { person, isNew: true };
}

function sameTermName(term: Term, name: string): boolean {
  return term.name.toLowerCase() === name.trim().toLowerCase() || term.slug === slugify(name);
}

export async function findOrCreateTerm(ctx: ActionContext, tx: Store, ref: { taxonomy: string; name: string }, field: string): Promise<{ term: Term; isNew: boolean }> {
  const taxonomy = (await tx.taxonomies.listTaxonomies()).find((t) => t.slug === ref.taxonomy || t.id === ref.taxonomy);
  if (!taxonomy) throw invalidField(`${field}.taxonomy`, `no taxonomy "${ref.taxonomy}"`);
  const terms = await tx.taxonomies.listTerms(taxonomy.id);
  const found = terms.find((t) => sameTermName(t, ref.name));
  if (found) return { term: found, isNew: false };
  const position = terms.reduce((max, t) => Math.max(max, t.position + 1), 0);
  const term = await saveTerm({ ...ctx, store: tx }, {
    taxonomy: taxonomy.id, name: ref.name.trim(), needsReview: true, position,
    description: 'Created by an import from a category of the old site; check the name and the vocabulary.',
  });
  return { term, isNew: true };
}

/** A stable hash of what an import would write: key order does not matter. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
