import type { Publication, PublicationAuthor, PublicationSummary } from '../../domain/publication.js';
import type { PublicationStatus } from '../../domain/workflow.js';
import { sql } from 'kysely';
import { conflict } from '../../domain/errors.js';
import { type Db, toFlag } from './db-handle.js';
import { SUMMARY_COLUMNS, toPublication, toSummary, type PublicationLinks } from './publication-rows.js';

export interface PublicationQuery {
  seriesIds?: string[];
  /** Every listed term must be attached (AND). */
  termIds?: string[];
  unitId?: string;
  personId?: string;
  /** Created by this user or naming this person as an author (an author's own items). */
  ownedBy?: { userId: string; personId: string | null };
  /** Case-insensitive words that must all appear in the title or the code. */
  titleSearch?: string;
  code?: string;
  statuses?: PublicationStatus[];
  year?: number;
  isFeatured?: boolean;
  excludeIds?: string[];
  /** Harvesting (OAI-PMH): last changed at or after `updatedFrom`, before `updatedBefore` (ISO-8601 UTC). */
  updatedFrom?: string;
  updatedBefore?: string;
  /** Keyset paging in `updated_asc` order: only rows after this (updated_at, id). */
  after?: { updatedAt: string; id: string };
  sort?: 'date_desc' | 'date_asc' | 'updated_desc' | 'updated_asc' | 'title_asc';
  limit: number;
  offset: number;
}

export type PublicationState = Pick<Publication, 'status' | 'code' | 'sequence' | 'publishedAt' | 'scheduledAt' | 'updatedAt'>;

/** A full write: the action has derived the HTML and text and set every field. */
export interface PublicationWrite extends Omit<Publication, 'legacyUrls'> {
  bodyText: string;
  renderVersion: number;
}

export function createPublicationRepository(db: Db) {
  async function loadLinks(ids: readonly string[]): Promise<Map<string, PublicationLinks>> {
    const links = new Map<string, PublicationLinks>();
    for (const id of ids) links.set(id, { authors: [], termIds: [], unitIds: [] });
    if (ids.length === 0) return links;
    const idList = [...ids];
    const [authors, terms, units] = await Promise.all([
      db.selectFrom('publication_authors')
        .leftJoin('people', 'people.id', 'publication_authors.person_id')
        .select(['publication_authors.publication_id', 'publication_authors.person_id', 'publication_authors.name', 'people.slug as person_slug', 'people.name as person_name'])
        .where('publication_authors.publication_id', 'in', idList)
        .orderBy('publication_authors.publication_id').orderBy('publication_authors.position')
        .execute(),
      db.selectFrom('publication_terms')
        .innerJoin('terms', 'terms.id', 'publication_terms.term_id')
        .select(['publication_terms.publication_id', 'publication_terms.term_id'])
        .where('publication_terms.publication_id', 'in', idList)
        .orderBy('terms.position').orderBy('terms.name')
        .execute(),
      db.selectFrom('publication_units').select(['publication_id', 'unit_id'])
        .where('publication_id', 'in', idList).orderBy('unit_id').execute(),
    ]);
    for (const row of authors) {
      // A linked author is printed under the profile's current name, so a
      // rename reaches every byline; the stored name is the fallback.
      links.get(row.publication_id)?.authors.push({
        personId: row.person_id, personSlug: row.person_slug ?? null, name: row.person_name ?? row.name,
      });
    }
    for (const row of terms) links.get(row.publication_id)?.termIds.push(row.term_id);
    for (const row of units) links.get(row.publication_id)?.unitIds.push(row.unit_id);
    return links;
  }

  async function findWhere(column: 'id' | 'code', value: string): Promise<Publication | undefined> {
    const row = await db.selectFrom('publications').selectAll().where(column, '=', value).executeTakeFirst();
    if (!row) return undefined;
    const [links, legacy] = await Promise.all([
      loadLinks([row.id]),
      db.selectFrom('redirects').select('from_path')
        .where('target_kind', '=', 'publication').where('target_id', '=', row.id)
        .orderBy('from_path').execute(),
    ]);
    return toPublication(row, links.get(row.id) ?? { authors: [], termIds: [], unitIds: [] }, legacy.map((r) => r.from_path));
  }

  function filtered(query: Omit<PublicationQuery, 'limit' | 'offset' | 'sort'>) {
    let q = db.selectFrom('publications');
    if (query.seriesIds) q = q.where('series_id', 'in', query.seriesIds.length ? query.seriesIds : ['']);
    if (query.statuses) q = q.where('status', 'in', query.statuses.length ? query.statuses : ['']);
    if (query.code) q = q.where('code', '=', query.code.toUpperCase());
    if (query.year !== undefined) q = q.where('year', '=', query.year);
    if (query.isFeatured !== undefined) q = q.where('is_featured', '=', toFlag(query.isFeatured));
    if (query.excludeIds?.length) q = q.where('id', 'not in', query.excludeIds);
    if (query.updatedFrom) q = q.where('updated_at', '>=', query.updatedFrom);
    if (query.updatedBefore) q = q.where('updated_at', '<', query.updatedBefore);
    if (query.after) {
      const { updatedAt, id } = query.after;
      q = q.where((eb) => eb.or([eb('updated_at', '>', updatedAt), eb.and([eb('updated_at', '=', updatedAt), eb('id', '>', id)])]));
    }
    for (const termId of query.termIds ?? []) {
      q = q.where((eb) => eb.exists(eb.selectFrom('publication_terms').select('term_id')
        .whereRef('publication_terms.publication_id', '=', 'publications.id').where('publication_terms.term_id', '=', termId)));
    }
    if (query.unitId) {
      const unitId = query.unitId;
      q = q.where((eb) => eb.exists(eb.selectFrom('publication_units').select('unit_id')
        .whereRef('publication_units.publication_id', '=', 'publications.id').where('publication_units.unit_id', '=', unitId)));
    }
    if (query.ownedBy) {
      const { userId, personId } = query.ownedBy;
      q = q.where((eb) => eb.or([
        eb('created_by', '=', userId),
        ...(personId ? [eb.exists(eb.selectFrom('publication_authors').select('person_id')
          .whereRef('publication_authors.publication_id', '=', 'publications.id').where('publication_authors.person_id', '=', personId))] : []),
      ]));
    }
    for (const word of (query.titleSearch ?? '').toLowerCase().split(/\s+/).filter(Boolean)) {
      const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q = q.where((eb) => eb.or([
        eb(sql`lower(title)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(coalesce(code, ''))`, 'like', sql`${pattern} escape '\\'`),
      ]));
    }
    if (query.personId) {
      const personId = query.personId;
      q = q.where((eb) => eb.exists(eb.selectFrom('publication_authors').select('person_id')
        .whereRef('publication_authors.publication_id', '=', 'publications.id').where('publication_authors.person_id', '=', personId)));
    }
    return q;
  }

  async function writeLinks(id: string, authors: PublicationAuthor[], termIds: string[], unitIds: string[]): Promise<void> {
    await db.deleteFrom('publication_authors').where('publication_id', '=', id).execute();
    await db.deleteFrom('publication_terms').where('publication_id', '=', id).execute();
    await db.deleteFrom('publication_units').where('publication_id', '=', id).execute();
    if (authors.length) {
      await db.insertInto('publication_authors')
        .values(authors.map((a, position) => ({ publication_id: id, position, person_id: a.personId, name: a.name })))
        .execute();
    }
    const uniqueTerms = [...new Set(termIds)];
    if (uniqueTerms.length) {
      await db.insertInto('publication_terms').values(uniqueTerms.map((term_id) => ({ publication_id: id, term_id }))).execute();
    }
    const uniqueUnits = [...new Set(unitIds)];
    if (uniqueUnits.length) {
      await db.insertInto('publication_units').values(uniqueUnits.map((unit_id) => ({ publication_id: id, unit_id }))).execute();
    }
  }

  function columns(p: PublicationWrite) {
    return {
      series_id: p.seriesId,
      code: p.code,
      sequence: p.sequence,
      title: p.title,
      slug: p.slug,
      date: p.date,
      date_precision: p.datePrecision,
      year: Number(p.date.slice(0, 4)),
      synopsis: p.synopsis,
      body: p.body,
      body_html: p.bodyHtml,
      body_text: p.bodyText,
      bio: p.bio,
      bio_html: p.bioHtml,
      status: p.status,
      is_featured: toFlag(p.isFeatured),
      published_at: p.publishedAt,
      scheduled_at: p.scheduledAt,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
      revision: p.revision,
      render_version: p.renderVersion,
      doi: p.doi ?? null,
    };
  }

  return {
    findById: (id: string) => findWhere('id', id),
    findByCode: (code: string) => findWhere('code', code.toUpperCase()),

    /** The publication that holds this DOI (compared without regard to case, as DOIs are). */
    async findIdByDoi(doi: string): Promise<string | undefined> {
      const row = await db.selectFrom('publications').select('id')
        .where(sql<string>`lower(doi)`, '=', doi.toLowerCase()).executeTakeFirst();
      return row?.id;
    },

    async findBySlug(seriesId: string, slug: string): Promise<Publication | undefined> {
      const row = await db.selectFrom('publications').select('id')
        .where('series_id', '=', seriesId).where('slug', '=', slug)
        .orderBy('created_at').executeTakeFirst();
      return row ? findWhere('id', row.id) : undefined;
    },

    async list(query: PublicationQuery): Promise<{ items: PublicationSummary[]; total: number }> {
      const base = filtered(query);
      let rowsQuery = base.select([...SUMMARY_COLUMNS]);
      switch (query.sort ?? 'date_desc') {
        case 'date_asc': rowsQuery = rowsQuery.orderBy('date', 'asc').orderBy('code', 'asc').orderBy('id', 'asc'); break;
        case 'updated_desc': rowsQuery = rowsQuery.orderBy('updated_at', 'desc').orderBy('id', 'desc'); break;
        case 'updated_asc': rowsQuery = rowsQuery.orderBy('updated_at', 'asc').orderBy('id', 'asc'); break;
        case 'title_asc': rowsQuery = rowsQuery.orderBy('title', 'asc').orderBy('id', 'asc'); break;
        default: rowsQuery = rowsQuery.orderBy('date', 'desc').orderBy('code', 'desc').orderBy('id', 'desc');
      }
      const [rows, count] = await Promise.all([
        rowsQuery.limit(query.limit).offset(query.offset).execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      const links = await loadLinks(rows.map((r) => r.id));
      return {
        items: rows.map((row) => toSummary(row, links.get(row.id) ?? { authors: [], termIds: [], unitIds: [] })),
        total: Number(count.n),
      };
    },

    /** Distinct years with public items, newest first (archive navigation). */
    async listYears(query: Omit<PublicationQuery, 'limit' | 'offset' | 'sort'>): Promise<{ year: number; count: number }[]> {
      const rows = await filtered(query)
        .select((eb) => ['year', eb.fn.countAll<number>().as('n')])
        .groupBy('year').orderBy('year', 'desc').execute();
      return rows.map((r) => ({ year: r.year, count: Number(r.n) }));
    },

    async insert(p: PublicationWrite): Promise<void> {
      await db.insertInto('publications').values({ id: p.id, ...columns(p), created_by: p.createdBy }).execute();
      await writeLinks(p.id, p.authors, p.termIds, p.unitIds);
    },

    /**
     * Save over `expectedRevision`. When someone else saved in between, the
     * row's revision has moved on, nothing is written and the caller gets a
     * conflict: an edit never overwrites work it has not seen.
     */
    async update(p: PublicationWrite, expectedRevision: number): Promise<void> {
      const result = await db.updateTable('publications').set(columns(p))
        .where('id', '=', p.id).where('revision', '=', expectedRevision)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) {
        throw conflict(`Publication ${p.id} was changed by someone else (your copy is revision ${expectedRevision}); reload to see their changes`);
      }
      await writeLinks(p.id, p.authors, p.termIds, p.unitIds);
    },

    /**
     * Change workflow state (and the code drawn on publish) without touching
     * the content. The revision counts content saves, so it stays: an editor
     * fixing a typo while a colleague publishes is not a conflict. A stale
     * `expectedRevision` still is ("publish the version I reviewed").
     */
    async updateState(id: string, expectedRevision: number, state: PublicationState): Promise<void> {
      const result = await db.updateTable('publications')
        .set({
          status: state.status,
          code: state.code,
          sequence: state.sequence,
          published_at: state.publishedAt,
          scheduled_at: state.scheduledAt,
          updated_at: state.updatedAt,
        })
        .where('id', '=', id).where('revision', '=', expectedRevision)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) {
        throw conflict(`Publication ${id} was changed by someone else (your copy is revision ${expectedRevision}); reload to see their changes`);
      }
    },

    /** Set or clear the DOI: registration metadata, so no content revision. */
    async setDoi(id: string, doi: string | null, updatedAt: string): Promise<void> {
      await db.updateTable('publications').set({ doi, updated_at: updatedAt }).where('id', '=', id).execute();
    },

    async delete(id: string): Promise<void> {
      await db.deleteFrom('redirects').where('target_kind', '=', 'publication').where('target_id', '=', id).execute();
      await db.deleteFrom('publications').where('id', '=', id).execute();
    },

    /** Ids whose stored HTML was made by an older pipeline. */
    async listStaleRenders(renderVersion: number, limit: number): Promise<string[]> {
      const rows = await db.selectFrom('publications').select('id')
        .where('render_version', '<>', renderVersion).limit(limit).execute();
      return rows.map((r) => r.id);
    },

    async countByStatus(): Promise<Record<string, number>> {
      const rows = await db.selectFrom('publications')
        .select((eb) => ['status', eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    },
  };
}

export type PublicationRepository = ReturnType<typeof createPublicationRepository>;
