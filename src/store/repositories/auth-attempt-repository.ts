import type { AuthAttempt, FailureQuery } from '../../domain/accounts.js';
import { newId } from '../../domain/ids.js';
import type { Db } from './db-handle.js';

/** Attempts older than this are of no use to any limit and are deleted as new ones arrive. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/** Sign-in and password-reset attempts, counted by the rate limits of every app node. */
export function createAuthAttemptRepository(db: Db) {
  return {
    async insert(attempt: AuthAttempt): Promise<void> {
      await db.insertInto('auth_attempts').values({
        id: newId(Date.parse(attempt.at)),
        kind: attempt.kind,
        email: attempt.email,
        address: attempt.address,
        is_success: attempt.isSuccess ? 1 : 0,
        at: attempt.at,
      }).execute();
      const cutoff = new Date(Date.parse(attempt.at) - KEEP_MS).toISOString();
      await db.deleteFrom('auth_attempts').where('at', '<', cutoff).execute();
    },

    /**
     * Failure times after `since` (a failure exactly a window ago has left
     * it), oldest first. By account, a success wipes the slate:
     * someone who mistyped twice and then got in starts afresh. By address
     * it does not, so one working account cannot launder guesses at others.
     */
    async listFailureTimes(query: FailureQuery): Promise<string[]> {
      let since = query.since;
      if (query.email !== undefined) {
        const success = await db.selectFrom('auth_attempts').select('at')
          .where('kind', '=', query.kind).where('email', '=', query.email).where('is_success', '=', 1).where('at', '>=', since)
          .orderBy('at', 'desc').limit(1).executeTakeFirst();
        if (success) since = success.at;
      }
      let q = db.selectFrom('auth_attempts').select('at')
        .where('kind', '=', query.kind).where('is_success', '=', 0).where('at', '>', since);
      if (query.email !== undefined) q = q.where('email', '=', query.email);
      if (query.address !== undefined) q = q.where('address', '=', query.address);
      const rows = await q.orderBy('at').execute();
      return rows.map((r) => r.at);
    },
  };
}

export type AuthAttemptRepository = ReturnType<typeof createAuthAttemptRepository>;
