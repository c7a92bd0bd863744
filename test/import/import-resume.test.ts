import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSite } from '../../src/actions/export-site.js';
import { importSite } from '../../src/actions/import-site.js';
import { readBackup } from '../../src/import/backup/read-backup.js';
import { writeBackup } from '../../src/import/backup/write-backup.js';
import type { Progress } from '../../src/domain/progress.js';
import { countOutcomes } from '../../src/import/import-report.js';
import { importPages, type PagesImportOptions } from '../../src/import/pages/import-pages.js';
import { seedBasics, systemContext } from '../support/seed.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { loadDemoVocabulary } from './support/demo-vocabulary.js';

const CORPUS = join(import.meta.dirname, '../fixtures/import/pages');

/** Stops the run as a Ctrl-C between two items would: the item about to start never runs. */
function interruptAt(tick: number): Progress {
  let ticks = 0;
  return { start: () => undefined, stop: () => undefined, tick: () => { if (++ticks === tick) throw new Error('interrupted'); } };
}

describe.each(DIALECTS)('interrupted and failed imports on %s', (dialect) => {
  const envs: TestEnv[] = [];
  const work = mkdtempSync(join(tmpdir(), 'imprint-resume-'));
  const fresh = async () => {
    const env = await openTestEnv(dialect);
    envs.push(env);
    return env;
  };
  afterAll(async () => {
    for (const env of envs) await env.close();
    rmSync(work, { recursive: true, force: true });
  });

  let options: PagesImportOptions;
  beforeAll(() => {
    options = { paths: [CORPUS], urlMap: join(CORPUS, 'urls.tsv'), series: 'op-eds', publishTime: '10:00+08:00' };
  });

  const counts = async (env: TestEnv) => ({
    publications: Object.values(await env.store.publications.countByStatus()).reduce((a, b) => a + b, 0),
    people: (await env.store.people.list()).length,
    terms: (await env.store.taxonomies.listTerms()).length,
    importRecords: (await env.store.importItems.list('pages', 'publication')).length,
  });

  it('an archive import stopped after five pages resumes where it stopped, with no duplicates', async () => {
    const clean = await fresh();
    await loadDemoVocabulary(systemContext(clean));
    await importPages(systemContext(clean), options);

    const env = await fresh();
    await loadDemoVocabulary(systemContext(env));
    await expect(importPages(systemContext(env), options, interruptAt(6))).rejects.toThrow('interrupted');
    expect((await counts(env)).publications).toBe(5);
    const report = await importPages(systemContext(env), options);
    expect(countOutcomes(report)).toMatchObject({ unchanged: 5, created: 8, failed: 0 });
    expect(await counts(env)).toEqual(await counts(clean));
    const codes = (await env.store.publications.list({ limit: 50, offset: 0 })).items.map((p) => p.code).filter(Boolean);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('a restore that fails part-way writes nothing at all', async () => {
    const source = await fresh();
    await seedBasics(source);
    const dir = join(work, 'backup');
    const ctx = systemContext(source);
    await writeBackup(ctx, dir, await exportSite(ctx));
    // A second copy of an audit row passes every check but the database's unique key, late in the run.
    const broken = join(work, 'broken');
    cpSync(dir, broken, { recursive: true });
    const file = join(broken, 'tables/audit_log.jsonl');
    const rows = readFileSync(file, 'utf8').trim().split('\n');
    writeFileSync(file, `${[...rows, rows[0]].join('\n')}\n`);
    const manifest = JSON.parse(readFileSync(join(broken, 'manifest.json'), 'utf8')) as { tables: Record<string, number> };
    manifest.tables.audit_log = rows.length + 1;
    writeFileSync(join(broken, 'manifest.json'), JSON.stringify(manifest));

    const target = await fresh();
    expect(rows.length).toBeGreaterThan(1);
    // Refused by the database itself (a unique key), not by the checks before the transaction.
    await expect(importSite(systemContext(target), { source: readBackup(broken) })).rejects.toThrow(/unique|duplicate/i);
    expect(await target.store.series.list()).toEqual([]);
    expect(await target.store.isEmpty()).toBe(true);
    // And the good backup then restores into it as into any empty site.
    await importSite(systemContext(target), { source: readBackup(dir) });
    expect((await target.store.series.list()).map((s) => s.slug)).toEqual((await source.store.series.list()).map((s) => s.slug));
  });
});
