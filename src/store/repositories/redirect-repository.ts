import type { Db } from './db-handle.js';

export interface Redirect {
  fromPath: string;
  targetKind: 'publication' | 'page' | 'person' | 'url';
  targetId: string;
}

/**
 * Old URLs (archived sites, renamed slugs) mapped to the entity they now
 * point at, so the redirect follows the entity if it moves again.
 */
export function createRedirectRepository(db: Db) {
  return {
    async find(fromPath: string): Promise<Redirect | undefined> {
      const row = await db.selectFrom('redirects').selectAll().where('from_path', '=', fromPath).executeTakeFirst();
      return row && { fromPath: row.from_path, targetKind: row.target_kind as Redirect['targetKind'], targetId: row.target_id };
    },
    async upsert(redirect: Redirect, now: string): Promise<void> {
      await db.insertInto('redirects')
        .values({ from_path: redirect.fromPath, target_kind: redirect.targetKind, target_id: redirect.targetId, created_at: now })
        .onConflict((oc) => oc.column('from_path').doUpdateSet({ target_kind: redirect.targetKind, target_id: redirect.targetId }))
        .execute();
    },
    async delete(fromPath: string): Promise<void> {
      await db.deleteFrom('redirects').where('from_path', '=', fromPath).execute();
    },
  };
}

export type RedirectRepository = ReturnType<typeof createRedirectRepository>;
