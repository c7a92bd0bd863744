import { sql } from 'kysely';
import type { Db } from './db-handle.js';

/** Row type of migration 0006-import; kept here so schema.ts stays the content model's. */
export interface ImportItemTable {
  source: string;
  item_key: string;
  entity_kind: string;
  entity_id: string | null;
  content_hash: string;
  entity_revision: number | null;
  data: string;
  imported_at: string;
}

export interface ImportItem {
  source: string;
  key: string;
  entityKind: string;
  entityId: string | null;
  contentHash: string;
  entityRevision: number | null;
  data: Record<string, unknown>;
  importedAt: string;
}

function toItem(row: ImportItemTable): ImportItem {
  const data = JSON.parse(row.data) as unknown;
  return {
    source: row.source,
    key: row.item_key,
    entityKind: row.entity_kind,
    entityId: row.entity_id,
    contentHash: row.content_hash,
    entityRevision: row.entity_revision,
    data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    importedAt: row.imported_at,
  };
}

let savepoints = 0;

/** What each import brought in, by source and key: the memory that makes imports idempotent and resumable. */
export function createImportItemRepository(base: Db) {
  const db = base.withTables<{ import_items: ImportItemTable }>();
  return {
    /**
     * Run `work` inside the open transaction so that, if it fails, only its
     * own writes are undone and the transaction goes on (a dry run imports
     * every item in one transaction it rolls back at the end). Both
     * databases spell SAVEPOINT the same way (SQL:2003).
     */
    async withSavepoint<T>(work: () => Promise<T>): Promise<T> {
      const name = sql.id(`import_item_${++savepoints}`);
      await sql`savepoint ${name}`.execute(base);
      try {
        const result = await work();
        await sql`release savepoint ${name}`.execute(base);
        return result;
      } catch (error) {
        await sql`rollback to savepoint ${name}`.execute(base);
        await sql`release savepoint ${name}`.execute(base);
        throw error;
      }
    },
    async find(source: string, key: string): Promise<ImportItem | undefined> {
      const row = await db.selectFrom('import_items').selectAll().where('source', '=', source).where('item_key', '=', key).executeTakeFirst();
      return row && toItem(row);
    },
    async findByEntity(entityKind: string, entityId: string): Promise<ImportItem | undefined> {
      const row = await db.selectFrom('import_items').selectAll()
        .where('entity_kind', '=', entityKind).where('entity_id', '=', entityId).orderBy('imported_at').executeTakeFirst();
      return row && toItem(row);
    },
    async list(source: string, entityKind?: string): Promise<ImportItem[]> {
      let q = db.selectFrom('import_items').selectAll().where('source', '=', source);
      if (entityKind) q = q.where('entity_kind', '=', entityKind);
      const rows = await q.orderBy('item_key').execute();
      return rows.map(toItem);
    },
    async upsert(item: ImportItem): Promise<void> {
      const values = {
        source: item.source,
        item_key: item.key,
        entity_kind: item.entityKind,
        entity_id: item.entityId,
        content_hash: item.contentHash,
        entity_revision: item.entityRevision,
        data: JSON.stringify(item.data),
        imported_at: item.importedAt,
      };
      await db.insertInto('import_items').values(values)
        .onConflict((oc) => oc.columns(['source', 'item_key']).doUpdateSet({
          entity_kind: values.entity_kind,
          entity_id: values.entity_id,
          content_hash: values.content_hash,
          entity_revision: values.entity_revision,
          data: values.data,
          imported_at: values.imported_at,
        }))
        .execute();
    },
  };
}

export type ImportItemRepository = ReturnType<typeof createImportItemRepository>;
