import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Change tags travelling between app nodes that share one database, so each
 * node's page cache drops the same pages (DESIGN.md section 2).
 */
export interface ChangeChannel {
  publish(tags: readonly string[]): Promise<void>;
  subscribe(listener: (tags: string[]) => void): Promise<() => Promise<void>>;
}

/** Everything that differs between the two databases, behind one shape. */
export interface StoreDialect {
  readonly db: Kysely<Database>;
  /** For start-up logs, without credentials. */
  readonly description: string;
  /** Which database this is, for libraries that must be told (the accounts library's SQL adapter). */
  readonly databaseType: 'sqlite' | 'postgres';
  /** How the processes sharing the database hear each other's writes (NOTIFY on PostgreSQL, a polled table on SQLite). */
  readonly changeChannel: ChangeChannel | null;
  /** Row locks that skip rows another transaction holds (job claiming). */
  readonly supportsSkipLocked: boolean;
  /** Where the migrator keeps its bookkeeping tables, when not the default location. */
  readonly migrationTableSchema?: string;
  /**
   * The error says another session changed the catalog while this one read it
   * (a table, column or schema gone between two looks), so reading again will
   * do. The migrator's first step lists every table of the database, which
   * races with any schema change elsewhere: another node's migration, another
   * schema dropped.
   */
  isCatalogRace(error: unknown): boolean;
  close(): Promise<void>;
}
