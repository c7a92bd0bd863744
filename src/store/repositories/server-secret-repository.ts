import { randomBytes } from 'node:crypto';
import type { Db } from './db-handle.js';

/** Secrets shared by every app node on this database, made on first use. */
export function createServerSecretRepository(db: Db) {
  return {
    /**
     * The named secret; the first node to ask makes it. Concurrent first
     * calls race on the primary key and all read back the one that won.
     */
    async getOrCreate(name: string, now: string): Promise<string> {
      await db.insertInto('server_secrets')
        .values({ name, value: randomBytes(32).toString('base64url'), created_at: now })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const row = await db.selectFrom('server_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
      return row.value;
    },

    /** True for the one caller whose row went in; false when it already existed. */
    async claim(name: string, now: string): Promise<boolean> {
      const result = await db.insertInto('server_secrets')
        .values({ name, value: 'claimed', created_at: now })
        .onConflict((oc) => oc.column('name').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    async release(name: string): Promise<void> {
      await db.deleteFrom('server_secrets').where('name', '=', name).execute();
    },
  };
}

export type ServerSecretRepository = ReturnType<typeof createServerSecretRepository>;
