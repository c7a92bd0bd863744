import type { DirectoryGroup, Person, PersonLink } from '../../domain/person.js';
import { nameKey } from '../../domain/person.js';
import type { PersonTable } from '../schema.js';
import { type Db, groupBy, parseJsonArray } from './db-handle.js';

/** A person with the HTML of their bio, derived on save. */
export interface PersonRecord extends Person {
  bioHtml: string;
}

function toPerson(row: PersonTable, unitIds: string[]): PersonRecord {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    honorific: row.honorific,
    rank: row.rank,
    groupId: row.group_id,
    bio: row.bio,
    bioHtml: row.bio_html,
    photo: row.photo,
    email: row.email,
    expertise: parseJsonArray<string>(row.expertise),
    links: parseJsonArray<PersonLink>(row.links),
    unitIds,
    position: row.position,
    updatedAt: row.updated_at,
  };
}

function columns(p: PersonRecord) {
  return {
    slug: p.slug,
    name: p.name,
    name_key: nameKey(p.name),
    honorific: p.honorific,
    rank: p.rank,
    group_id: p.groupId,
    bio: p.bio,
    bio_html: p.bioHtml,
    photo: p.photo,
    email: p.email,
    expertise: JSON.stringify(p.expertise),
    links: JSON.stringify(p.links),
    position: p.position,
    updated_at: p.updatedAt,
  };
}

export interface PersonQuery {
  groupId?: string;
  unitId?: string;
  ids?: string[];
}

export function createPersonRepository(db: Db) {
  async function withUnits(rows: PersonTable[]): Promise<PersonRecord[]> {
    if (rows.length === 0) return [];
    const links = await db.selectFrom('person_units').select(['person_id', 'unit_id'])
      .where('person_id', 'in', rows.map((r) => r.id)).orderBy('person_id').orderBy('position').execute();
    const byPerson = groupBy(links, (l) => l.person_id);
    return rows.map((row) => toPerson(row, (byPerson.get(row.id) ?? []).map((l) => l.unit_id)));
  }

  async function findOne(column: 'id' | 'slug', value: string): Promise<PersonRecord | undefined> {
    const row = await db.selectFrom('people').selectAll().where(column, '=', value).executeTakeFirst();
    return row ? (await withUnits([row]))[0] : undefined;
  }

  async function writeUnits(person: PersonRecord): Promise<void> {
    await db.deleteFrom('person_units').where('person_id', '=', person.id).execute();
    const unitIds = [...new Set(person.unitIds)];
    if (unitIds.length) {
      await db.insertInto('person_units').values(unitIds.map((unit_id, position) => ({ person_id: person.id, unit_id, position }))).execute();
    }
  }

  return {
    findById: (id: string) => findOne('id', id),
    findBySlug: (slug: string) => findOne('slug', slug),

    /** People whose name matches once honorifics and punctuation are ignored. */
    async findByName(name: string): Promise<PersonRecord[]> {
      const rows = await db.selectFrom('people').selectAll().where('name_key', '=', nameKey(name)).orderBy('created_at').execute();
      return withUnits(rows);
    },

    async list(query: PersonQuery = {}): Promise<PersonRecord[]> {
      let q = db.selectFrom('people').selectAll();
      if (query.groupId) q = q.where('group_id', '=', query.groupId);
      if (query.ids) q = q.where('id', 'in', query.ids.length ? query.ids : ['']);
      if (query.unitId) {
        const unitId = query.unitId;
        q = q.where((eb) => eb.exists(eb.selectFrom('person_units').select('unit_id')
          .whereRef('person_units.person_id', '=', 'people.id').where('person_units.unit_id', '=', unitId)));
      }
      const rows = await q.orderBy('position').orderBy('name').execute();
      return withUnits(rows);
    },

    async insert(person: PersonRecord, now: string): Promise<void> {
      await db.insertInto('people').values({ id: person.id, ...columns(person), created_at: now }).execute();
      await writeUnits(person);
    },

    async update(person: PersonRecord): Promise<void> {
      await db.updateTable('people').set(columns(person)).where('id', '=', person.id).execute();
      await writeUnits(person);
    },

    /** Ids of publications that name this person as an author. */
    async listPublicationIds(personId: string): Promise<string[]> {
      const rows = await db.selectFrom('publication_authors').select('publication_id').distinct()
        .where('person_id', '=', personId).execute();
      return rows.map((r) => r.publication_id);
    },

    async listGroups(): Promise<DirectoryGroup[]> {
      return db.selectFrom('directory_groups').selectAll().orderBy('position').orderBy('name').execute();
    },

    async findGroupBySlug(slug: string): Promise<DirectoryGroup | undefined> {
      return db.selectFrom('directory_groups').selectAll().where('slug', '=', slug).executeTakeFirst();
    },

    async insertGroup(group: DirectoryGroup): Promise<void> {
      await db.insertInto('directory_groups').values(group).execute();
    },
  };
}

export type PersonRepository = ReturnType<typeof createPersonRepository>;
