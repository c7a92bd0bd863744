import type { Migration, MigrationProvider } from 'kysely';
import * as contentModel from './0001-content-model.js';
import * as accounts from './0002-accounts.js';
import * as editorial from './0003-editorial.js';
import * as search from './0004-search.js';
import * as doi from './0005-doi.js';
import * as importItems from './0006-import.js';
import * as publicationPdfs from './0007-publication-pdfs.js';
import * as termUpdatedAt from './0008-term-updated-at.js';

/**
 * The one migrations list for both databases. Listed statically (not read
 * from the folder) so it works the same from TypeScript sources and from the
 * compiled package.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-content-model': contentModel,
  '0002-accounts': accounts,
  '0003-editorial': editorial,
  '0004-search': search,
  '0005-doi': doi,
  '0006-import': importItems,
  '0007-publication-pdfs': publicationPdfs,
  '0008-term-updated-at': termUpdatedAt,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
