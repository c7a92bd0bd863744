import type { ApiTokenInfo } from '../../domain/user-account.js';
import type { ApiTokenTable } from '../schema-accounts.js';
import type { Db } from './db-handle.js';

function toInfo(row: ApiTokenTable): ApiTokenInfo {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    hint: row.hint,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** Last use is written at most once a minute, so a busy API client does not turn every read into a write. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** API tokens by their SHA-256; the tokens themselves are never stored. */
export function createApiTokenRepository(db: Db) {
  return {
    async insert(token: ApiTokenInfo & { tokenHash: string }): Promise<void> {
      await db.insertInto('api_tokens').values({
        id: token.id,
        user_id: token.userId,
        name: token.name,
        token_hash: token.tokenHash,
        hint: token.hint,
        created_at: token.createdAt,
        last_used_at: token.lastUsedAt,
        revoked_at: token.revokedAt,
      }).execute();
    },

    async findById(id: string): Promise<ApiTokenInfo | undefined> {
      const row = await db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toInfo(row) : undefined;
    },

    async findByHash(tokenHash: string): Promise<ApiTokenInfo | undefined> {
      const row = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      return row ? toInfo(row) : undefined;
    },

    async list(userId?: string): Promise<ApiTokenInfo[]> {
      let query = db.selectFrom('api_tokens').selectAll();
      if (userId !== undefined) query = query.where('user_id', '=', userId);
      const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
      return rows.map(toInfo);
    },

    /** Revoking twice keeps the first time. */
    async revoke(id: string, at: string): Promise<void> {
      await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
    },

    async noteUse(token: ApiTokenInfo, at: string): Promise<void> {
      if (token.lastUsedAt && Date.parse(at) - Date.parse(token.lastUsedAt) < LAST_USED_RESOLUTION_MS) return;
      await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', token.id).execute();
    },
  };
}

export type ApiTokenRepository = ReturnType<typeof createApiTokenRepository>;
