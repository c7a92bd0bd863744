import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from '../schema.js';
import type { ChangeChannel, StoreDialect } from './store-dialect.js';

const INT8_OID = 20;

export interface PostgresOptions {
  url: string;
  poolSize?: number;
}

/**
 * PostgreSQL through pg. `?schema=NAME` in the URL selects a schema (tests
 * use a fresh one per run); count(*) and other int8 results come back as
 * numbers, as they do from SQLite.
 */
export function openPostgres(options: PostgresOptions): StoreDialect {
  const { connectionString, schema } = splitSchema(options.url);
  const poolConfig: pg.PoolConfig = {
    connectionString,
    max: options.poolSize ?? 10,
    types: { getTypeParser: ((oid: number, format?: string) =>
      oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as never)) as never },
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  };
  const pool = new pg.Pool(poolConfig);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const channelName = `imprint_changes${schema ? `_${schema}` : ''}`.slice(0, 63);
  const listeners: pg.Client[] = [];
  const changeChannel: ChangeChannel = {
    async publish(tags) {
      // NOTIFY payloads are limited to 8000 bytes; send long tag lists in parts.
      for (const chunk of chunkTags(tags, 7000)) {
        await pool.query('select pg_notify($1, $2)', [channelName, JSON.stringify(chunk)]);
      }
    },
    async subscribe(listener) {
      const client = new pg.Client({ connectionString, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
      await client.connect();
      client.on('notification', (message) => {
        if (message.channel !== channelName || !message.payload) return;
        const parsed = JSON.parse(message.payload) as unknown;
        if (Array.isArray(parsed)) listener(parsed.filter((t): t is string => typeof t === 'string'));
      });
      await client.query(`listen ${client.escapeIdentifier(channelName)}`);
      listeners.push(client);
      return async () => {
        listeners.splice(listeners.indexOf(client), 1);
        await client.end();
      };
    },
  };
  const safeUrl = new URL(connectionString);
  safeUrl.password = '';
  return {
    db,
    description: `PostgreSQL at ${safeUrl.host}${safeUrl.pathname}${schema ? ` (schema ${schema})` : ''}`,
    databaseType: 'postgres',
    changeChannel,
    supportsSkipLocked: true,
    isCatalogRace: isPostgresCatalogRace,
    // The migrator checks for its tables across all schemas; without this a
    // second schema in the same database would see the first one's tables.
    ...(schema ? { migrationTableSchema: schema } : {}),
    async close() {
      await Promise.all(listeners.map((client) => client.end()));
      await db.destroy();
    },
  };
}

function splitSchema(url: string): { connectionString: string; schema: string | null } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`IMPRINT_DATABASE_URL: schema "${schema}" must be lower-case letters, digits and underscores`);
  }
  return { connectionString: parsed.toString(), schema };
}

function chunkTags(tags: readonly string[], maxBytes: number): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 2;
  for (const tag of tags) {
    if (current.length > 0 && size + tag.length + 3 > maxBytes) {
      chunks.push(current);
      current = [];
      size = 2;
    }
    current.push(tag);
    size += tag.length + 3;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Create the schema named in the URL if it is missing (used by `migrate` and tests). */
export async function ensurePostgresSchema(url: string): Promise<void> {
  const { connectionString, schema } = splitSchema(url);
  if (!schema) return;
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`create schema if not exists ${client.escapeIdentifier(schema)}`);
  } finally {
    await client.end();
  }
}

export async function dropPostgresSchema(url: string): Promise<void> {
  const { connectionString, schema } = splitSchema(url);
  if (!schema) return;
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${client.escapeIdentifier(schema)} cascade`);
  } finally {
    await client.end();
  }
}

/** PostgreSQL codes for an object that vanished between two catalog looks, and the internal error a dropped relation's lookup by OID raises. */
const CATALOG_RACE_CODES = new Set(['3F000', '42P01', '42703', 'XX000']);

export function isPostgresCatalogRace(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return typeof code === 'string' && CATALOG_RACE_CODES.has(code) && /does not exist|cache lookup failed|could not open relation/.test(String(message));
}
