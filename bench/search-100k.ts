/**
 * Search at 100k long documents, on SQLite and PostgreSQL (not a test; run on
 * demand): `npx tsx bench/search-100k.ts [--docs=100000] [--dialects=sqlite,postgres]
 * [--fresh] [--rounds=20]`. Writes bench/results/search-100k.json.
 *
 * The corpus (bench/search-corpus.ts) is inserted in bulk through the store's
 * repositories; the index is then built by reindexPublications, the same
 * path every publication write takes. Queries run through the
 * searchPublications action (references resolved, facets counted and
 * labelled, hits loaded, snippets cut), so the numbers are what a request
 * costs minus HTTP. A database left by an earlier run with the same number of
 * documents is reused unless --fresh is given.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { withUser } from '../src/actions/action-context.js';
import { reindexPublications } from '../src/actions/reindex-publications.js';
import { searchPublications, type SearchPublicationsInput } from '../src/actions/search-publications.js';
import { loadConfig, type Config } from '../src/config.js';
import { SYSTEM_ACTOR } from '../src/domain/permissions.js';
import { openServices, type Services } from '../src/services.js';
import { dropPostgresSchema } from '../src/store/dialects/postgres.js';
import { generateCorpus, type CorpusFacts } from './search-bench-corpus-load.js';
import { buildQueryMix } from './search-bench-queries.js';

type Dialect = 'sqlite' | 'postgres';

const args = new Map(process.argv.slice(2).map((a) => {
  const [key, value] = a.replace(/^--/, '').split('=');
  return [key ?? '', value ?? 'true'];
}));
const DOCS = Number(args.get('docs') ?? 100_000);
const DIALECTS = (args.get('dialects') ?? 'sqlite,postgres').split(',') as Dialect[];
const ROUNDS = Number(args.get('rounds') ?? 20);
const IS_FRESH = args.get('fresh') === 'true';
const DATA_DIR = args.get('data-dir') ?? join(tmpdir(), `imprint-bench-search-${DOCS}`);
const POSTGRES_URL = process.env.IMPRINT_BENCH_POSTGRES_URL ?? `postgres://postgres@127.0.0.1:5432/test?schema=imprint_bench_search_${DOCS}`;

function configFor(dialect: Dialect): Config {
  return {
    ...loadConfig({}, { IMPRINT_DATA_DIR: join(DATA_DIR, dialect), IMPRINT_LOG_LEVEL: 'warn' }),
    databaseUrl: dialect === 'postgres' ? POSTGRES_URL : null,
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

async function prepare(dialect: Dialect): Promise<{ services: Services; facts: CorpusFacts; build: Record<string, number> }> {
  if (IS_FRESH) {
    if (dialect === 'postgres') await dropPostgresSchema(POSTGRES_URL);
    else rmSync(join(DATA_DIR, dialect), { recursive: true, force: true });
  }
  mkdirSync(join(DATA_DIR, dialect), { recursive: true });
  let services = await openServices(configFor(dialect), { migrate: true });
  const ctx = withUser(services.context(null), SYSTEM_ACTOR);
  const build: Record<string, number> = {};
  const existing = await ctx.search.stats();
  let facts: CorpusFacts;
  if (existing.listed > 0 && !IS_FRESH) {
    console.log(`[${dialect}] reusing the corpus in ${services.store.description} (${existing.listed} listed)`);
    facts = await generateCorpus(ctx, { docs: DOCS, isDryRun: true });
  } else {
    const started = performance.now();
    facts = await generateCorpus(ctx, { docs: DOCS, onProgress: (done) => progress(dialect, 'insert', done, DOCS) });
    build.insertSeconds = round2((performance.now() - started) / 1000);
    const indexStarted = performance.now();
    await reindexPublications(ctx, { onProgress: ({ done, total }) => progress(dialect, 'index', done, total) });
    build.indexSeconds = round2((performance.now() - indexStarted) / 1000);
    // A fresh process, as after a restart: the facet cache starts cold.
    await services.close();
    services = await openServices(configFor(dialect));
  }
  return { services, facts, build };
}

let lastPrinted = 0;
function progress(dialect: string, stage: string, done: number, total: number): void {
  const now = performance.now();
  if (done === total || now - lastPrinted > 5000) {
    lastPrinted = now;
    console.log(`[${dialect}] ${stage} ${done}/${total}`);
  }
}

async function indexSize(services: Services, dialect: Dialect): Promise<string> {
  if (dialect === 'sqlite') return `${Math.round(statSync(join(DATA_DIR, dialect, 'imprint.db')).size / 1e6)} MB (whole database file)`;
  const { sql } = await import('kysely');
  const result = await sql<{ size: string }>`select pg_size_pretty(pg_total_relation_size('search_documents')) as size`.execute(services.store.connection);
  return `${result.rows[0]?.size ?? '?'} (search_documents with its GIN index)`;
}

async function measure(dialect: Dialect) {
  const { services, facts, build } = await prepare(dialect);
  const ctx = services.context(null);
  const mix = buildQueryMix(facts);
  const coldStarted = performance.now();
  await searchPublications(ctx, { q: 'security' });
  const coldMs = performance.now() - coldStarted;
  // Warm the database cache the way a running server would be.
  for (const queries of Object.values(mix)) for (const input of queries) await searchPublications(ctx, input);
  const samples = new Map<string, number[]>();
  const totals = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [kind, queries] of Object.entries(mix)) {
      for (const input of queries) {
        const started = process.hrtime.bigint();
        const page = await searchPublications(ctx, input as SearchPublicationsInput);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        (samples.get(kind) ?? samples.set(kind, []).get(kind)!).push(ms);
        (totals.get(kind) ?? totals.set(kind, []).get(kind)!).push(page.total);
      }
    }
    if (round % 5 === 4) console.log(`[${dialect}] round ${round + 1}/${ROUNDS}`);
  }
  const kinds: Record<string, unknown> = {};
  for (const [kind, values] of samples) {
    const sorted = [...values].sort((a, b) => a - b);
    const matched = totals.get(kind) ?? [];
    kinds[kind] = {
      queries: mix[kind]!.map((q) => describeQuery(q)),
      samples: sorted.length,
      p50: round2(percentile(sorted, 50)),
      p95: round2(percentile(sorted, 95)),
      p99: round2(percentile(sorted, 99)),
      max: round2(sorted[sorted.length - 1] ?? 0),
      meanMatches: Math.round(matched.reduce((a, b) => a + b, 0) / Math.max(1, matched.length)),
    };
  }
  const all = [...samples.values()].flat().sort((a, b) => a - b);
  const result = {
    ranAt: new Date().toISOString(),
    loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
    database: services.store.description,
    build,
    indexSize: await indexSize(services, dialect),
    listed: (await ctx.search.stats()).listed,
    coldFirstQueryMs: round2(coldMs),
    overall: { samples: all.length, p50: round2(percentile(all, 50)), p95: round2(percentile(all, 95)), p99: round2(percentile(all, 99)) },
    kinds,
  };
  await services.close();
  return result;
}

function describeQuery(input: SearchPublicationsInput): string {
  const parts = [`q=${JSON.stringify(input.q ?? '')}`];
  for (const [key, value] of Object.entries(input)) if (key !== 'q' && value !== undefined) parts.push(`${key}=${JSON.stringify(value)}`);
  return parts.join(' ');
}

const results: Record<string, unknown> = {};
for (const dialect of DIALECTS) {
  console.log(`\n== search at ${DOCS} documents on ${dialect} ==`);
  results[dialect] = await measure(dialect);
  console.log(JSON.stringify(results[dialect], null, 2));
}
const out = resolve(import.meta.dirname, 'results', `search-${DOCS / 1000}k.json`);
mkdirSync(resolve(import.meta.dirname, 'results'), { recursive: true });
// A run of one dialect keeps the other's last results, each with its own date and load.
const earlier = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as { results?: Record<string, unknown> }).results ?? {} : {};
writeFileSync(out, `${JSON.stringify({
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '?', node: process.version },
  docs: DOCS,
  rounds: ROUNDS,
  note: 'milliseconds per searchPublications call (parse, match, facets, ranking, hits, snippets, labels), warm caches, one client',
  results: { ...earlier, ...results },
}, null, 2)}\n`);
console.log(`\nwritten to ${out}`);
process.exit(0);
