import type { PublicationAuthor, PublicationSummary } from '../../domain/publication.js';
import type { PublicationStatus } from '../../domain/workflow.js';
import { type Db, groupBy } from './db-handle.js';
import { SUMMARY_COLUMNS, toSummary } from './publication-rows.js';

/**
 * What the search index is built from (shaped like search/SearchSource): a
 * publication's text with the current names of its series, authors, terms
 * and units, so renames reach the index on reindexing.
 */
export interface SearchSourceRecord {
  id: string;
  status: PublicationStatus;
  seriesId: string;
  seriesName: string;
  code: string | null;
  title: string;
  date: string;
  synopsis: string;
  bodyText: string;
  attachmentText: string;
  authors: { personId: string | null; name: string }[];
  terms: { id: string; name: string }[];
  units: { id: string; name: string; acronym: string }[];
}

/** A search hit as listings show it, plus the text its snippet is cut from. */
export interface SearchHitRecord {
  summary: PublicationSummary;
  bodyText: string;
}

const BATCH = 500;

export function createSearchSourceRepository(db: Db) {
  async function authorsOf(ids: string[]) {
    return db.selectFrom('publication_authors')
      .leftJoin('people', 'people.id', 'publication_authors.person_id')
      .select(['publication_authors.publication_id', 'publication_authors.person_id', 'publication_authors.name', 'people.slug as person_slug', 'people.name as person_name'])
      .where('publication_authors.publication_id', 'in', ids)
      .orderBy('publication_authors.publication_id').orderBy('publication_authors.position')
      .execute();
  }

  async function termsOf(ids: string[]) {
    return db.selectFrom('publication_terms')
      .innerJoin('terms', 'terms.id', 'publication_terms.term_id')
      .select(['publication_terms.publication_id', 'terms.id', 'terms.name'])
      .where('publication_terms.publication_id', 'in', ids)
      .orderBy('terms.position').orderBy('terms.name')
      .execute();
  }

  async function unitsOf(ids: string[]) {
    return db.selectFrom('publication_units')
      .innerJoin('units', 'units.id', 'publication_units.unit_id')
      .select(['publication_units.publication_id', 'units.id', 'units.name', 'units.acronym'])
      .where('publication_units.publication_id', 'in', ids)
      .orderBy('units.id')
      .execute();
  }

  async function sourcesOf(ids: string[]): Promise<SearchSourceRecord[]> {
    if (ids.length === 0) return [];
    const [rows, authors, terms, units] = await Promise.all([
      db.selectFrom('publications').innerJoin('series', 'series.id', 'publications.series_id')
        .leftJoin('publication_pdfs', 'publication_pdfs.publication_id', 'publications.id')
        .select(['publications.id', 'publications.status', 'publications.series_id', 'series.name as series_name', 'publications.code',
          'publications.title', 'publications.date', 'publications.synopsis', 'publications.body_text', 'publication_pdfs.text as pdf_text', 'publication_pdfs.kind as pdf_kind'])
        .where('publications.id', 'in', ids).execute(),
      authorsOf(ids), termsOf(ids), unitsOf(ids),
    ]);
    const authorsBy = groupBy(authors, (r) => r.publication_id);
    const termsBy = groupBy(terms, (r) => r.publication_id);
    const unitsBy = groupBy(units, (r) => r.publication_id);
    return rows.map((row) => ({
      id: row.id,
      status: row.status as PublicationStatus,
      seriesId: row.series_id,
      seriesName: row.series_name,
      code: row.code,
      title: row.title,
      date: row.date,
      synopsis: row.synopsis,
      bodyText: row.body_text,
      // An uploaded PDF's pages are the only place a book's words are. A
      // generated PDF prints the fields above, already indexed: not twice.
      attachmentText: row.pdf_kind === 'uploaded' ? (row.pdf_text ?? '') : '',
      // A linked author is indexed under the profile's current name, as bylines print it.
      authors: (authorsBy.get(row.id) ?? []).map((a) => ({ personId: a.person_id, name: a.person_name ?? a.name })),
      terms: (termsBy.get(row.id) ?? []).map((t) => ({ id: t.id, name: t.name })),
      units: (unitsBy.get(row.id) ?? []).map((u) => ({ id: u.id, name: u.name, acronym: u.acronym })),
    }));
  }

  return {
    async listSources(ids: readonly string[]): Promise<SearchSourceRecord[]> {
      const out: SearchSourceRecord[] = [];
      for (let i = 0; i < ids.length; i += BATCH) out.push(...(await sourcesOf(ids.slice(i, i + BATCH))));
      return out;
    },

    /** Summaries of these publications in the given order (missing ids skipped), with their body text. */
    async listHits(ids: readonly string[]): Promise<SearchHitRecord[]> {
      if (ids.length === 0) return [];
      const list = [...ids];
      const [rows, authors, terms, units] = await Promise.all([
        db.selectFrom('publications').select([...SUMMARY_COLUMNS, 'body_text']).where('id', 'in', list).execute(),
        authorsOf(list), termsOf(list), unitsOf(list),
      ]);
      const authorsBy = groupBy(authors, (r) => r.publication_id);
      const termsBy = groupBy(terms, (r) => r.publication_id);
      const unitsBy = groupBy(units, (r) => r.publication_id);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return list.flatMap((id) => {
        const row = byId.get(id);
        if (!row) return [];
        const links = {
          authors: (authorsBy.get(id) ?? []).map((a): PublicationAuthor => ({ personId: a.person_id, personSlug: a.person_slug ?? null, name: a.person_name ?? a.name })),
          termIds: (termsBy.get(id) ?? []).map((t) => t.id),
          unitIds: (unitsBy.get(id) ?? []).map((u) => u.id),
        };
        return [{ summary: toSummary(row, links), bodyText: row.body_text }];
      });
    },

    /** Every publication id, oldest first (rebuilds index in date order, so same-day keys follow the codes). */
    async listAllIds(): Promise<string[]> {
      const rows = await db.selectFrom('publications').select('id')
        .orderBy('date').orderBy('code').orderBy('id').execute();
      return rows.map((r) => r.id);
    },

    async listIdsByPerson(personId: string): Promise<string[]> {
      const rows = await db.selectFrom('publication_authors').select('publication_id').distinct()
        .where('person_id', '=', personId).execute();
      return rows.map((r) => r.publication_id);
    },

    async listIdsByTerm(termId: string): Promise<string[]> {
      const rows = await db.selectFrom('publication_terms').select('publication_id').where('term_id', '=', termId).execute();
      return rows.map((r) => r.publication_id);
    },

    async listIdsByUnit(unitId: string): Promise<string[]> {
      const rows = await db.selectFrom('publication_units').select('publication_id').where('unit_id', '=', unitId).execute();
      return rows.map((r) => r.publication_id);
    },

    async listIdsBySeries(seriesId: string): Promise<string[]> {
      const rows = await db.selectFrom('publications').select('id').where('series_id', '=', seriesId).execute();
      return rows.map((r) => r.id);
    },
  };
}

export type SearchSourceRepository = ReturnType<typeof createSearchSourceRepository>;
