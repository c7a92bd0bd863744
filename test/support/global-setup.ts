import { postgresUnavailableReason, TEST_POSTGRES_URL } from './postgres-availability.js';

/**
 * The storage tests run on SQLite and PostgreSQL on every run. On CI an
 * unreachable PostgreSQL fails the run; locally the PostgreSQL half is
 * skipped with the reason printed.
 */
export default async function globalSetup(): Promise<void> {
  const reason = await postgresUnavailableReason();
  if (reason === null) {
    process.env.IMPRINT_TEST_POSTGRES = 'available';
    return;
  }
  if (process.env.CI === 'true') {
    throw new Error(`PostgreSQL at ${TEST_POSTGRES_URL} is unreachable on CI: ${reason}`);
  }
  process.env.IMPRINT_TEST_POSTGRES = 'unavailable';
  console.warn(`\n[imprint tests] PostgreSQL at ${TEST_POSTGRES_URL} is unreachable (${reason}); skipping the PostgreSQL half of the storage tests.\n`);
}
