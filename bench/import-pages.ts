/**
 * Importing an archive of 10,000 web pages (not a test; run on demand):
 * `npx tsx bench/import-pages.ts [--pages=10000] [--dialects=sqlite,postgres]`.
 * Writes bench/results/import-pages.json.
 *
 * The pages are variations of the test corpus (test/fixtures/import/pages):
 * each copy gets its own code, title and old address, so every one becomes
 * a publication of its own, with its authors matched, its categories
 * classified and its old address made a redirect: the whole path of
 * `imprint import pages`, one transaction per page, timed from reading the
 * first file to the summary.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { withUser } from '../src/actions/action-context.js';
import { loadConfig, type Config } from '../src/config.js';
import { SYSTEM_ACTOR } from '../src/domain/permissions.js';
import { countOutcomes } from '../src/import/import-report.js';
import { importPages } from '../src/import/pages/import-pages.js';
import { openServices } from '../src/services.js';
import { dropPostgresSchema } from '../src/store/dialects/postgres.js';
import { loadDemoVocabulary } from '../test/import/support/demo-vocabulary.js';

type Dialect = 'sqlite' | 'postgres';

const args = new Map(process.argv.slice(2).map((a) => {
  const [key, value] = a.replace(/^--/, '').split('=');
  return [key ?? '', value ?? 'true'];
}));
const PAGES = Number(args.get('pages') ?? 10_000);
const DIALECTS = (args.get('dialects') ?? 'sqlite,postgres').split(',') as Dialect[];
const CORPUS = resolve(import.meta.dirname, '../test/fixtures/import/pages');
const WORK = join(tmpdir(), `imprint-bench-import-pages-${PAGES}`);
const POSTGRES_URL = process.env.IMPRINT_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test?schema=imprint_bench_import_pages';

interface Template {
  file: string;
  text: string;
  source: string;
  code: string | null;
  title: string;
}

function templates(): Template[] {
  return readdirSync(CORPUS).filter((f) => f.endsWith('.expected.json')).sort().map((name) => {
    const expected = JSON.parse(readFileSync(join(CORPUS, name), 'utf8')) as { source: string; code: string | null; title: string };
    const base = name.replace(/\.expected\.json$/, '');
    const file = readdirSync(CORPUS).find((f) => f === `${base}.txt` || f === `${base}.html`) ?? '';
    return { file, text: readFileSync(join(CORPUS, file), 'utf8'), ...expected };
  });
}

/** Copy `copy` of a page: its own code (same series and year), title and address. */
function vary(template: Template, copy: number, index: number): { name: string; text: string; source: string | null } {
  let text = template.text;
  let source = /^https?:/.test(template.source) ? template.source : null;
  const yearly = template.code && /^([A-Z]{2})(\d{2})(\d{3})$/.exec(template.code);
  const replacements: [string, string][] = [];
  if (yearly) {
    const code = `${yearly[1]}${yearly[2]}${String(100 + copy).padStart(3, '0')}`;
    replacements.push([template.code ?? '', code], [(template.code ?? '').toLowerCase(), code.toLowerCase()]);
  } else if (template.code === 'No. 248') {
    replacements.push(['No. 248', `No. ${1000 + copy}`], ['wp248', `wp${1000 + copy}`], ['WP248', `WP${1000 + copy}`]);
  } else if (template.code === 'AL13-01') {
    // Alert numbers keep their two digits: AL13-02 … AL13-99, AL14-01 …
    const n = copy + 1;
    const alert = `AL${13 + Math.floor(n / 99)}-${String((n % 99) + 1).padStart(2, '0')}`;
    replacements.push(['AL13-01', alert], ['nts-alert-1301', `nts-alert-${alert.slice(2).replace('-', '')}`]);
  }
  if (source) {
    let moved = source;
    for (const [from, to] of replacements) moved = moved.split(from).join(to);
    moved = moved.replace(/(\.html)?\/?$/, (_m, html: string | undefined) => `-copy-${index}${html ?? '/'}`);
    text = text.split(source).join(moved);
    source = moved;
  }
  for (const [from, to] of replacements) text = text.split(from).join(to);
  text = text.split(template.title).join(`${template.title} (${index})`);
  const extension = template.file.endsWith('.html') ? 'html' : 'txt';
  return { name: `page-${String(index).padStart(5, '0')}-${template.file.replace(/\.(txt|html)$/, '')}.${extension}`, text, source };
}

function generate(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const corpus = templates();
  const urls: string[] = [];
  for (let index = 0; index < PAGES; index++) {
    const template = corpus[index % corpus.length] as Template;
    const page = vary(template, Math.floor(index / corpus.length), index);
    writeFileSync(join(dir, page.name), page.text);
    if (page.source) urls.push(`${page.name}\t${page.source}`);
  }
  writeFileSync(join(dir, 'urls.tsv'), `${urls.join('\n')}\n`);
}

function configFor(dialect: Dialect): Config {
  return {
    ...loadConfig({}, { IMPRINT_DATA_DIR: join(WORK, `data-${dialect}`), IMPRINT_LOG_LEVEL: 'warn' }),
    databaseUrl: dialect === 'postgres' ? POSTGRES_URL : null,
  };
}

async function run(dialect: Dialect, pagesDir: string) {
  if (dialect === 'postgres') await dropPostgresSchema(POSTGRES_URL);
  rmSync(join(WORK, `data-${dialect}`), { recursive: true, force: true });
  const services = await openServices(configFor(dialect), { migrate: true });
  try {
    const ctx = withUser(services.context(null), SYSTEM_ACTOR);
    await loadDemoVocabulary(ctx);
    let done = 0;
    const started = performance.now();
    const report = await importPages(ctx, { paths: [pagesDir], urlMap: join(pagesDir, 'urls.tsv'), series: 'op-eds', publishTime: '10:00+08:00' }, {
      start: () => undefined,
      stop: () => undefined,
      tick: () => {
        done++;
        if (done % 1000 === 0) console.log(`  ${dialect}: ${done} pages, ${Math.round(done / ((performance.now() - started) / 1000))} pages/s`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const counts = countOutcomes(report);
    const failures = [...new Set(report.items.filter((i) => i.outcome === 'failed' || i.outcome === 'skipped').map((i) => i.reason))].slice(0, 5);
    const result = {
      pages: report.items.length,
      seconds: Math.round(seconds * 10) / 10,
      pagesPerSecond: Math.round((report.items.length / seconds) * 10) / 10,
      created: counts.created, updated: counts.updated, skipped: counts.skipped + counts.unchanged, failed: counts.failed, needsReview: counts.needsReview,
      ...(failures.length ? { reasonsNotCreated: failures } : {}),
    };
    console.log(`${dialect}: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await services.close();
  }
}

const pagesDir = join(WORK, 'pages');
if (!existsSync(join(pagesDir, 'urls.tsv')) || readdirSync(pagesDir).length !== PAGES + 1) generate(pagesDir);
console.log(`${PAGES} pages in ${pagesDir}`);
const out = resolve(import.meta.dirname, 'results/import-pages.json');
// A run of one database keeps the other's last result.
const earlier = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as { results?: Record<string, unknown> }).results ?? {} : {};
const results: Record<string, unknown> = { ...earlier };
for (const dialect of DIALECTS) results[dialect] = await run(dialect, pagesDir);
writeFileSync(out, `${JSON.stringify({
  benchmark: 'import-pages',
  description: `imprint import pages: ${PAGES} archived pages (variations of the 13-page test corpus, text dumps and HTML), one transaction per page`,
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
  date: new Date().toISOString().slice(0, 10),
  results,
}, null, 2)}\n`);
console.log(`Wrote ${out}`);
