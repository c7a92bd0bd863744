import { sql } from 'kysely';
import type { Series, Numbering, SeriesGroup } from '../../domain/series.js';
import type { DatePrecision } from '../../domain/publication-date.js';
import type { SeriesTable } from '../schema.js';
import type { Db } from './db-handle.js';

function toSeries(row: SeriesTable): Series {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    group: row.group_name as SeriesGroup,
    codePrefix: row.code_prefix,
    numbering: row.numbering as Numbering,
    datePrecision: row.date_precision as DatePrecision,
    unitId: row.unit_id,
    description: row.description,
    position: row.position,
  };
}

function columns(s: Series, now: string) {
  return {
    slug: s.slug,
    name: s.name,
    group_name: s.group,
    code_prefix: s.codePrefix,
    numbering: s.numbering,
    date_precision: s.datePrecision,
    unit_id: s.unitId,
    description: s.description,
    position: s.position,
    updated_at: now,
  };
}

export function createSeriesRepository(db: Db) {
  return {
    async list(): Promise<Series[]> {
      // Institute publications before external ones, then the institute's own order.
      const rows = await db.selectFrom('series').selectAll()
        .orderBy(sql`case when group_name = 'institute' then 0 else 1 end`)
        .orderBy('position').orderBy('name').execute();
      return rows.map(toSeries);
    },
    async findById(id: string): Promise<Series | undefined> {
      const row = await db.selectFrom('series').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toSeries(row);
    },
    async findBySlug(slug: string): Promise<Series | undefined> {
      const row = await db.selectFrom('series').selectAll().where('slug', '=', slug).executeTakeFirst();
      return row && toSeries(row);
    },
    async insert(series: Series, now: string): Promise<void> {
      await db.insertInto('series').values({ id: series.id, ...columns(series, now), created_at: now }).execute();
    },
    async update(series: Series, now: string): Promise<void> {
      await db.updateTable('series').set(columns(series, now)).where('id', '=', series.id).execute();
    },

    /**
     * Draw the next sequence number for a series and counter year. One
     * upsert statement: the row lock it takes makes concurrent publishers
     * queue, so no two transactions can read the same value.
     */
    async nextSequence(seriesId: string, year: number): Promise<number> {
      const row = await db.insertInto('series_counters')
        .values({ series_id: seriesId, year, last_sequence: 1 })
        .onConflict((oc) => oc.columns(['series_id', 'year']).doUpdateSet({
          last_sequence: sql<number>`series_counters.last_sequence + 1`,
        }))
        .returning('last_sequence')
        .executeTakeFirstOrThrow();
      return Number(row.last_sequence);
    },

    /**
     * Record a sequence taken outside nextSequence (an imported IP24112) so
     * the next drawn number follows it. Never lowers the counter.
     */
    async raiseCounter(seriesId: string, year: number, sequence: number): Promise<void> {
      await db.insertInto('series_counters')
        .values({ series_id: seriesId, year, last_sequence: sequence })
        .onConflict((oc) => oc.columns(['series_id', 'year']).doUpdateSet({
          last_sequence: sql<number>`case when series_counters.last_sequence < excluded.last_sequence
            then excluded.last_sequence else series_counters.last_sequence end`,
        }))
        .execute();
    },
  };
}

export type SeriesRepository = ReturnType<typeof createSeriesRepository>;
