import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoreDialect } from '../../src/store/dialects/store-dialect.js';
import { migrateToLatest } from '../../src/store/store.js';
import { openBareDialect } from '../support/bare-dialect.js';
import { DIALECTS } from '../support/test-services.js';

/** The error a statement raises on this database, for the dialect to judge. */
async function errorOf(db: StoreDialect, statement: string): Promise<unknown> {
  try {
    await sql.raw(statement).execute(db.db);
  } catch (error) {
    return error;
  }
  throw new Error(`${statement} did not fail`);
}

/**
 * The migrator's first step lists every table of the database; on
 * PostgreSQL a schema change committed elsewhere at that moment (another
 * node's migration, a schema dropped) makes it report a table or column that
 * does not exist. Such an error is read as a race and the migration tried
 * again; any other error is not.
 */
describe.each(DIALECTS)('catalog races on %s', (dialect) => {
  let db: StoreDialect;
  beforeAll(async () => {
    db = await openBareDialect(dialect);
    await migrateToLatest(db);
  });
  afterAll(async () => db.close());

  it('knows a vanished table or column from the database when a second look can succeed', async () => {
    const isServer = dialect === 'postgres';
    expect(db.isCatalogRace(await errorOf(db, 'select vanished_column from publications'))).toBe(isServer);
    expect(db.isCatalogRace(await errorOf(db, 'select * from vanished_table'))).toBe(isServer);
  });

  it('never takes a mistake for a race', async () => {
    expect(db.isCatalogRace(await errorOf(db, 'selec 1'))).toBe(false);
    expect(db.isCatalogRace(await errorOf(db, "insert into settings (key, value) values (null, '1')"))).toBe(false);
    expect(db.isCatalogRace(new Error('column "x" does not exist'))).toBe(false);
    expect(db.isCatalogRace(null)).toBe(false);
  });

  it('finds nothing left to do on a second run', async () => {
    expect((await migrateToLatest(db)).applied).toEqual([]);
  });
});
