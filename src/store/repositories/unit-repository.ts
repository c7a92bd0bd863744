import type { Unit, UnitKind } from '../../domain/unit.js';
import type { UnitTable } from '../schema.js';
import type { Db } from './db-handle.js';

export interface UnitRecord extends Unit {
  descriptionHtml: string;
}

function toUnit(row: UnitTable): UnitRecord {
  return {
    id: row.id,
    slug: row.slug,
    acronym: row.acronym,
    name: row.name,
    kind: row.kind as UnitKind,
    parentId: row.parent_id,
    activeFrom: row.active_from,
    activeTo: row.active_to,
    description: row.description,
    descriptionHtml: row.description_html,
    position: row.position,
  };
}

function columns(u: UnitRecord, now: string) {
  return {
    slug: u.slug,
    acronym: u.acronym,
    name: u.name,
    kind: u.kind,
    parent_id: u.parentId,
    active_from: u.activeFrom,
    active_to: u.activeTo,
    description: u.description,
    description_html: u.descriptionHtml,
    position: u.position,
    updated_at: now,
  };
}

export function createUnitRepository(db: Db) {
  return {
    async list(): Promise<UnitRecord[]> {
      const rows = await db.selectFrom('units').selectAll().orderBy('kind').orderBy('position').orderBy('name').execute();
      return rows.map(toUnit);
    },
    async findById(id: string): Promise<UnitRecord | undefined> {
      const row = await db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toUnit(row);
    },
    async findBySlug(slug: string): Promise<UnitRecord | undefined> {
      const row = await db.selectFrom('units').selectAll().where('slug', '=', slug).executeTakeFirst();
      return row && toUnit(row);
    },
    async insert(unit: UnitRecord, now: string): Promise<void> {
      await db.insertInto('units').values({ id: unit.id, ...columns(unit, now), created_at: now }).execute();
    },
    async update(unit: UnitRecord, now: string): Promise<void> {
      await db.updateTable('units').set(columns(unit, now)).where('id', '=', unit.id).execute();
    },
  };
}

export type UnitRepository = ReturnType<typeof createUnitRepository>;
