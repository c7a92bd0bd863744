import { randomBytes } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { ChangeChannel } from './store-dialect.js';

/**
 * The processes sharing one SQLite file (`imprint serve` and a CLI import or
 * restore run beside it, or several servers) have no NOTIFY: each write's
 * change tags go into this table instead, and every subscriber reads the
 * rows added since its last look. Rows are kept a few minutes, long enough
 * for any poller to read them, then cleared by the writers.
 */
const TABLE = 'imprint_change_log';
const KEEP_MS = 5 * 60_000;
const DEFAULT_POLL_MS = 500;

export function createSqliteChangeLog(database: BetterSqlite3.Database, db: Kysely<Database>, options: { pollMs?: number } = {}): ChangeChannel {
  database.exec(`create table if not exists ${TABLE} (id integer primary key autoincrement, origin text not null, tags text not null, at integer not null)`);
  // A process does not read back its own rows: its own writes reached its listeners directly.
  const origin = randomBytes(6).toString('hex');
  const raw = db as unknown as Kysely<Record<string, never>>;
  let published = 0;
  return {
    async publish(tags) {
      if (tags.length === 0) return;
      const now = Date.now();
      // Through Kysely, which holds the one connection for a transaction in progress: a row written
      // on the side would join someone else's transaction and go with its rollback.
      await sql`insert into ${sql.table(TABLE)} (origin, tags, at) values (${origin}, ${JSON.stringify(tags)}, ${now})`.execute(raw);
      published += 1;
      if (published % 100 === 1) await sql`delete from ${sql.table(TABLE)} where at < ${now - KEEP_MS}`.execute(raw);
    },
    async subscribe(listener) {
      const start = await sql<{ id: number | null }>`select max(id) as id from ${sql.table(TABLE)}`.execute(raw);
      let seen = Number(start.rows[0]?.id ?? 0);
      let isPolling = false;
      const poll = async () => {
        if (isPolling) return;
        isPolling = true;
        try {
          const { rows } = await sql<{ id: number; origin: string; tags: string }>`select id, origin, tags from ${sql.table(TABLE)} where id > ${seen} order by id`.execute(raw);
          for (const row of rows) {
            seen = Number(row.id);
            if (row.origin === origin) continue;
            const parsed = JSON.parse(row.tags) as unknown;
            if (Array.isArray(parsed)) listener(parsed.filter((t): t is string => typeof t === 'string'));
          }
        } finally {
          isPolling = false;
        }
      };
      const timer = setInterval(() => {
        // A failed look (the database closing under it) is retried at the next tick.
        poll().catch(() => undefined);
      }, options.pollMs ?? DEFAULT_POLL_MS);
      timer.unref();
      return async () => {
        clearInterval(timer);
      };
    },
  };
}
