import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection } from 'kysely';
import type { Database } from '../schema.js';
import { createSqliteChangeLog } from './sqlite-change-log.js';
import type { StoreDialect } from './store-dialect.js';

/**
 * SQLite takes its write lock lazily: a transaction that reads first and
 * writes later can fail with SQLITE_BUSY when another process wrote in
 * between, and busy_timeout cannot help it. BEGIN IMMEDIATE takes the write
 * lock up front, so concurrent writers queue on busy_timeout instead.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];
  constructor(config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
    this.#config = config;
  }
  override createDriver(): SqliteDriver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

export interface SqliteOptions {
  file: string;
  /** Milliseconds a writer waits for another process's lock before failing. */
  busyTimeoutMs?: number;
}

export function openSqlite(options: SqliteOptions): StoreDialect {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const database = new BetterSqlite3(options.file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  // WAL + NORMAL is durable across application crashes; only an OS crash
  // can lose the last transactions, the documented SQLite trade-off.
  database.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }) });
  return {
    db,
    description: `SQLite at ${options.file}`,
    databaseType: 'sqlite',
    changeChannel: createSqliteChangeLog(database, db),
    supportsSkipLocked: false,
    // One writer at a time, and SQLite re-prepares a statement whose schema changed.
    isCatalogRace: () => false,
    close: () => db.destroy(),
  };
}
