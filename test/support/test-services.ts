import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadConfig, type Config } from '../../src/config.js';
import { openServices, type Services } from '../../src/services.js';
import type { Clock } from '../../src/actions/action-context.js';
import { dropPostgresSchema, isPostgresCatalogRace } from '../../src/store/dialects/postgres.js';
import { TEST_POSTGRES_URL } from './postgres-availability.js';

export type DialectName = 'sqlite' | 'postgres';

/** The dialects this run covers: both, unless PostgreSQL is unreachable off CI. */
export const DIALECTS: DialectName[] =
  process.env.IMPRINT_TEST_POSTGRES === 'unavailable' ? ['sqlite'] : ['sqlite', 'postgres'];

export interface TestEnv extends Services {
  dialect: DialectName;
  /** A database URL or file other processes can open to share this database. */
  databaseLocation: { url: string | null; dataDir: string };
}

export interface TestEnvOptions {
  clock?: Clock;
  baseUrl?: string;
  pageCache?: boolean;
  listenForChanges?: boolean;
}

/** A fresh, migrated database (a temporary SQLite file or a new PostgreSQL schema). */
export async function openTestEnv(dialect: DialectName, options: TestEnvOptions = {}): Promise<TestEnv> {
  // The migrator lists every table of the database (Kysely's introspection)
  // before it starts. When another test file drops its schema at that very
  // moment, PostgreSQL can report a vanished object: that says nothing about
  // the code under test, so the opening is tried again with a new schema.
  for (let attempt = 1; ; attempt++) {
    try {
      return await openTestEnvOnce(dialect, options);
    } catch (error) {
      // The migrator tries its catalog read again itself; its error carries the database's as its cause.
      const cause = (error as { cause?: unknown }).cause ?? error;
      const isCatalogRace = dialect === 'postgres' && isPostgresCatalogRace(cause);
      if (!isCatalogRace || attempt === 3) throw error;
    }
  }
}

async function openTestEnvOnce(dialect: DialectName, options: TestEnvOptions): Promise<TestEnv> {
  const dataDir = mkdtempSync(join(tmpdir(), 'imprint-test-'));
  const schema = `imprint_t_${randomBytes(6).toString('hex')}`;
  const url = dialect === 'postgres' ? `${TEST_POSTGRES_URL}${TEST_POSTGRES_URL.includes('?') ? '&' : '?'}schema=${schema}` : null;
  const config: Config = {
    ...loadConfig({}, {
      IMPRINT_DATA_DIR: dataDir,
      IMPRINT_LOG_LEVEL: 'silent',
      IMPRINT_BASE_URL: options.baseUrl ?? 'https://imprint.test',
      IMPRINT_PAGE_CACHE: options.pageCache === false ? 'off' : 'on',
    }),
    databaseUrl: url,
  };
  let services: Services;
  try {
    services = await openServices(config, {
      migrate: true,
      listenForChanges: options.listenForChanges ?? false,
      ...(options.clock ? { clock: options.clock } : {}),
    });
  } catch (error) {
    if (url) await dropPostgresSchema(url).catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    ...services,
    dialect,
    databaseLocation: { url, dataDir },
    async close() {
      await services.close();
      if (url) await dropPostgresSchema(url);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Open a second set of services on the same database (another app node). */
export async function openSecondNode(env: TestEnv, options: TestEnvOptions = {}): Promise<Services> {
  const config: Config = { ...env.config, databaseUrl: env.databaseLocation.url, isPageCacheEnabled: options.pageCache ?? true };
  return openServices(config, { listenForChanges: options.listenForChanges ?? true });
}

/** A clock tests move by hand. */
export function manualClock(start = '2025-01-15T09:00:00.000Z'): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    set: (iso) => { now = new Date(iso).getTime(); },
    advance: (ms) => { now += ms; },
  };
}
