import type { Taxonomy, Term } from '../../domain/taxonomy.js';
import type { TermTable } from '../schema.js';
import { type Db, fromFlag, toFlag } from './db-handle.js';

function toTerm(row: TermTable): Term {
  return {
    id: row.id,
    taxonomyId: row.taxonomy_id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    position: row.position,
    needsReview: fromFlag(row.needs_review),
  };
}

/** `now`: when the term is saved (a rename outdates the PDFs that print it). */
function termColumns(t: Term, now: string) {
  return {
    taxonomy_id: t.taxonomyId,
    slug: t.slug,
    name: t.name,
    description: t.description,
    position: t.position,
    needs_review: toFlag(t.needsReview),
    updated_at: now,
  };
}

export function createTaxonomyRepository(db: Db) {
  return {
    async listTaxonomies(): Promise<Taxonomy[]> {
      return db.selectFrom('taxonomies').selectAll().orderBy('position').execute();
    },
    async findTaxonomy(slug: string): Promise<Taxonomy | undefined> {
      return db.selectFrom('taxonomies').selectAll().where('slug', '=', slug).executeTakeFirst();
    },
    async findTaxonomyByPath(path: string): Promise<Taxonomy | undefined> {
      return db.selectFrom('taxonomies').selectAll().where('path', '=', path).executeTakeFirst();
    },
    async insertTaxonomy(taxonomy: Taxonomy): Promise<void> {
      await db.insertInto('taxonomies').values(taxonomy).execute();
    },
    async listTerms(taxonomyId?: string): Promise<Term[]> {
      let q = db.selectFrom('terms').selectAll();
      if (taxonomyId) q = q.where('taxonomy_id', '=', taxonomyId);
      const rows = await q.orderBy('taxonomy_id').orderBy('position').orderBy('name').execute();
      return rows.map(toTerm);
    },
    async findTerm(taxonomyId: string, slug: string): Promise<Term | undefined> {
      const row = await db.selectFrom('terms').selectAll().where('taxonomy_id', '=', taxonomyId).where('slug', '=', slug).executeTakeFirst();
      return row && toTerm(row);
    },
    async findTermById(id: string): Promise<Term | undefined> {
      const row = await db.selectFrom('terms').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toTerm(row);
    },
    async insertTerm(term: Term, now: string): Promise<void> {
      await db.insertInto('terms').values({ id: term.id, ...termColumns(term, now) }).execute();
    },
    async updateTerm(term: Term, now: string): Promise<void> {
      await db.updateTable('terms').set(termColumns(term, now)).where('id', '=', term.id).execute();
    },
    /** How many public items carry each term (term index pages show the counts). */
    async countPublicByTerm(statuses: string[]): Promise<Map<string, number>> {
      const rows = await db.selectFrom('publication_terms')
        .innerJoin('publications', 'publications.id', 'publication_terms.publication_id')
        .select((eb) => ['publication_terms.term_id', eb.fn.countAll<number>().as('n')])
        .where('publications.status', 'in', statuses)
        .groupBy('publication_terms.term_id').execute();
      return new Map(rows.map((r) => [r.term_id, Number(r.n)]));
    },
  };
}

export type TaxonomyRepository = ReturnType<typeof createTaxonomyRepository>;
