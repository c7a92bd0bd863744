import { Migrator, type MigrationResultSet } from 'kysely';
import { migrationProvider } from './migrations/all-migrations.js';
import type { StoreDialect, ChangeChannel } from './dialects/store-dialect.js';
import type { Db } from './repositories/db-handle.js';
import { createPublicationRepository } from './repositories/publication-repository.js';
import { createSeriesRepository } from './repositories/series-repository.js';
import { createPersonRepository } from './repositories/person-repository.js';
import { createUnitRepository } from './repositories/unit-repository.js';
import { createTaxonomyRepository } from './repositories/taxonomy-repository.js';
import { createPageRepository } from './repositories/page-repository.js';
import { createMenuRepository } from './repositories/menu-repository.js';
import { createSettingsRepository } from './repositories/settings-repository.js';
import { createRedirectRepository } from './repositories/redirect-repository.js';
import { createRevisionRepository } from './repositories/revision-repository.js';
import { createPublicationEventRepository } from './repositories/publication-event-repository.js';
import { createJobRepository } from './repositories/job-repository.js';
import { createAuditRepository } from './repositories/audit-repository.js';
import { createMediaRepository } from './repositories/media-repository.js';
import { createImportItemRepository } from './repositories/import-item-repository.js';
import { createSearchSourceRepository } from './repositories/search-source-repository.js';
import { createBackupRepository } from './backup/backup-repository.js';
import { createPublicationPdfRepository } from './repositories/publication-pdf-repository.js';

function createRepositories(db: Db, dialect: StoreDialect) {
  return {
    publications: createPublicationRepository(db),
    series: createSeriesRepository(db),
    people: createPersonRepository(db),
    units: createUnitRepository(db),
    taxonomies: createTaxonomyRepository(db),
    pages: createPageRepository(db),
    menus: createMenuRepository(db),
    settings: createSettingsRepository(db),
    redirects: createRedirectRepository(db),
    revisions: createRevisionRepository(db),
    publicationEvents: createPublicationEventRepository(db),
    jobs: createJobRepository(db, { supportsSkipLocked: dialect.supportsSkipLocked }),
    audit: createAuditRepository(db),
    media: createMediaRepository(db),
    importItems: createImportItemRepository(db),
    searchSources: createSearchSourceRepository(db),
    backup: createBackupRepository(db, dialect.migrationTableSchema, dialect.isCatalogRace),
    publicationPdfs: createPublicationPdfRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

/**
 * The store actions see: repositories plus `transaction`. Inside a
 * transaction the same shape is handed over, bound to that transaction, and
 * a nested call joins the outer transaction instead of opening a second one.
 */
export interface Store extends Repositories {
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>;
  isEmpty(): Promise<boolean>;
  readonly description: string;
  readonly changeChannel: ChangeChannel | null;
  /**
   * The connection, or the open transaction, itself: for components that keep
   * their own tables and must write in the caller's transaction (the search
   * index). Actions use the repositories.
   */
  readonly connection: Db;
}

function bind(db: Db, dialect: StoreDialect, inTransaction: boolean): Store {
  const store: Store = {
    ...createRepositories(db, dialect),
    description: dialect.description,
    changeChannel: dialect.changeChannel,
    connection: db,
    transaction: (work) => (inTransaction ? work(store) : db.transaction().execute((trx) => work(bind(trx, dialect, true)))),
    async isEmpty() {
      const [series, pubs] = await Promise.all([
        db.selectFrom('series').select('id').limit(1).execute(),
        db.selectFrom('publications').select('id').limit(1).execute(),
      ]);
      return series.length === 0 && pubs.length === 0;
    },
  };
  return store;
}

export function createStore(dialect: StoreDialect): Store {
  return bind(dialect.db, dialect, false);
}

export interface MigrationReport {
  applied: string[];
}

/** How often the migrator's first look at the catalog is tried when a concurrent schema change spoils it. */
const CATALOG_ATTEMPTS = 3;

/** Apply every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(dialect: StoreDialect): Promise<MigrationReport> {
  return runMigrator(dialect, (migrator) => migrator.migrateToLatest());
}

/** Apply the migrations up to and including `name`: a migration's test starts from the schema before it. */
export async function migrateTo(dialect: StoreDialect, name: string): Promise<MigrationReport> {
  return runMigrator(dialect, (migrator) => migrator.migrateTo(name));
}

async function runMigrator(dialect: StoreDialect, run: (migrator: Migrator) => Promise<MigrationResultSet>): Promise<MigrationReport> {
  const migrator = new Migrator({
    db: dialect.db,
    provider: migrationProvider,
    ...(dialect.migrationTableSchema ? { migrationTableSchema: dialect.migrationTableSchema } : {}),
  });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await run(migrator);
    const failed = results?.find((r) => r.status === 'Error');
    if (!error) return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
    // Only a failure before any migration ran (the catalog read) is tried again; a failed migration is reported at once.
    if (!failed && attempt < CATALOG_ATTEMPTS && dialect.isCatalogRace(error)) continue;
    const reason = error instanceof Error ? error.message : String(error);
    // The database's own error stays as the cause: its code tells a caller what went wrong.
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${reason}`, { cause: error });
  }
}
