import { join } from 'node:path';
import { ensurePostgresSchema, openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';
import type { StoreDialect } from './store-dialect.js';

export interface DatabaseLocation {
  /** A `postgres://` URL, or null for the embedded database in `dataDir`. */
  url: string | null;
  dataDir: string;
}

export function isServerDatabaseUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** Pick the dialect from the configured location. */
export async function openDialect(location: DatabaseLocation): Promise<StoreDialect> {
  if (location.url && isServerDatabaseUrl(location.url)) {
    await ensurePostgresSchema(location.url);
    return openPostgres({ url: location.url });
  }
  return openSqlite({ file: location.url ?? join(location.dataDir, 'imprint.db') });
}
