import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDialect } from '../../src/store/dialects/open-dialect.js';
import { dropPostgresSchema } from '../../src/store/dialects/postgres.js';
import type { StoreDialect } from '../../src/store/dialects/store-dialect.js';
import { TEST_POSTGRES_URL } from './postgres-availability.js';
import type { DialectName } from './test-services.js';

/**
 * A database with no migrations applied (a temporary SQLite file or a new
 * PostgreSQL schema), for tests of the migrations themselves; `close` drops it.
 */
export async function openBareDialect(dialect: DialectName): Promise<StoreDialect> {
  const dataDir = mkdtempSync(join(tmpdir(), 'imprint-bare-'));
  const url = dialect === 'postgres' ? `${TEST_POSTGRES_URL}?schema=imprint_b_${randomBytes(5).toString('hex')}` : null;
  const db = await openDialect({ url, dataDir });
  return {
    ...db,
    async close() {
      await db.close();
      if (url) await dropPostgresSchema(url);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
