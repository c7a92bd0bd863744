import { sql, type Kysely } from 'kysely';
import type { BackupColumn, BackupRow, BackupTable, BackupValue } from '../../domain/site-backup.js';
import { migrationProvider } from '../migrations/all-migrations.js';
import type { Db } from '../repositories/db-handle.js';
import { columnKindOf, isCarried, restoreRank, SECRET_COLUMNS, SECRET_TABLES } from './backup-policy.js';

/** Rows per INSERT: well under either database's limit on bound values. */
const INSERT_BATCH = 100;

type AnyDb = Kysely<Record<string, Record<string, unknown>>>;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A stored value in backup form: one spelling of timestamps and flags for both databases. */
function toBackupValue(column: BackupColumn, value: unknown, table: string): BackupValue {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case 'boolean':
      return value === true || value === 1 || value === '1' || value === 't';
    case 'timestamp': {
      const date = value instanceof Date ? value : new Date(String(value));
      return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
    }
    case 'integer':
      return typeof value === 'number' ? value : Number(value);
    default:
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      throw new Error(`${table}.${column.name}: a value of a type a backup cannot hold (${Object.prototype.toString.call(value)})`);
  }
}

/** A backup value as either database takes it: flags as 0/1 (accepted by a boolean column too), timestamps as ISO text. */
function toStoredValue(column: BackupColumn, value: BackupValue): unknown {
  if (value === null) return null;
  if (column.kind === 'boolean') return value === true ? 1 : 0;
  return value;
}

/** Parents before children in a table that refers to itself (`parent_id`), so every row finds its parent already in. */
function parentsFirst(rows: readonly BackupRow[]): BackupRow[] {
  const ids = new Set(rows.map((r) => r.id));
  const placed = new Set<BackupValue>();
  const out: BackupRow[] = [];
  let pending = [...rows];
  while (pending.length) {
    const ready = pending.filter((r) => r.parent_id === null || !ids.has(r.parent_id ?? null) || placed.has(r.parent_id ?? null));
    // A cycle cannot be inserted in any order; let the database say which row is at fault.
    const batch = ready.length ? ready : pending;
    for (const row of batch) {
      out.push(row);
      placed.add(row.id ?? null);
    }
    pending = pending.filter((r) => !batch.includes(r));
  }
  return out;
}

/**
 * The catalog, read while other schemas of the same database may be
 * dropped or migrated (test runs, other sites, other nodes): the catalog
 * query can name an object that is gone by the time it is looked at. Such a
 * read is simply repeated.
 */
async function introspectTables(db: Db, isCatalogRace: (error: unknown) => boolean) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.introspection.getTables();
    } catch (error) {
      if (!isCatalogRace(error) || attempt >= 5) throw error;
    }
  }
}

/**
 * The tables of a full-site backup, walked generically: whatever tables and
 * columns the migrations made, read in one normal form and written back.
 * `schema`: where the site's tables live when the database has several.
 */
export function createBackupRepository(db: Db, schema: string | undefined, isCatalogRace: (error: unknown) => boolean) {
  const anyDb = db as unknown as AnyDb;
  return {
    /** What a backup without secrets leaves out: whole tables, and columns blanked. */
    secrets: { secretTables: SECRET_TABLES as ReadonlySet<string>, secretColumns: SECRET_COLUMNS },

    /** The tables a backup carries, in restore order, each with its columns by name. */
    async listTables(): Promise<BackupTable[]> {
      const found = await introspectTables(db, isCatalogRace);
      const here = found.filter((t) => !t.isView && (t.schema === undefined || t.schema === 'main' || t.schema === (schema ?? 'public')));
      return here
        .filter((t) => isCarried(t.name))
        .map((t) => ({
          name: t.name,
          columns: t.columns
            .map((c) => ({ name: c.name, kind: columnKindOf(c.dataType), isNullable: c.isNullable }))
            .sort((a, b) => compareText(a.name, b.name)),
        }))
        .sort((a, b) => restoreRank(a.name) - restoreRank(b.name) || compareText(a.name, b.name));
    },

    /** The newest migration this code knows (the database is migrated to it when opened). */
    async schemaVersion(): Promise<string> {
      return Object.keys(await migrationProvider.getMigrations()).sort().at(-1) ?? '';
    },

    async countRows(table: BackupTable): Promise<number> {
      const row = await anyDb.selectFrom(table.name).select(sql<number>`count(*)`.as('n')).executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    /** Every row in backup form, keys by column name, rows in the order of their JSON text (the same on both databases). */
    async readRows(table: BackupTable, blanked: readonly string[] = []): Promise<BackupRow[]> {
      const rows = await anyDb.selectFrom(table.name).selectAll().execute();
      const out = rows.map((row) => {
        const entry: BackupRow = {};
        for (const column of table.columns) {
          entry[column.name] = blanked.includes(column.name) ? null : toBackupValue(column, row[column.name], table.name);
        }
        return { entry, text: JSON.stringify(entry) };
      });
      return out.sort((a, b) => compareText(a.text, b.text)).map((r) => r.entry);
    },

    async insertRows(table: BackupTable, rows: readonly BackupRow[]): Promise<void> {
      const hasParent = table.columns.some((c) => c.name === 'parent_id') && table.columns.some((c) => c.name === 'id');
      const ordered = hasParent ? parentsFirst(rows) : rows;
      for (let i = 0; i < ordered.length; i += INSERT_BATCH) {
        const values = ordered.slice(i, i + INSERT_BATCH).map((row) => {
          const stored: Record<string, unknown> = {};
          for (const column of table.columns) if (column.name in row) stored[column.name] = toStoredValue(column, row[column.name] ?? null);
          return stored;
        });
        await anyDb.insertInto(table.name).values(values).execute();
      }
    },

    /** Empty the tables, referring tables first. */
    async deleteAll(tables: readonly BackupTable[]): Promise<void> {
      for (const table of [...tables].reverse()) await anyDb.deleteFrom(table.name).execute();
    },
  };
}

export type BackupRepository = ReturnType<typeof createBackupRepository>;
