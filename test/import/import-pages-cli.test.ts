import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import type { PageRecord } from '../../src/import/pages/page-record.js';
import { runtime } from '../../src/main.js';

const CORPUS = join(import.meta.dirname, '../fixtures/import/pages');
const dirs: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-import-cli-'));
  dirs.push(dir);
  return dir;
};

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, runtime, { stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
  return { code, out, err };
}

describe('imprint import pages', () => {
  let dataDir: string;
  beforeAll(async () => {
    process.env.IMPRINT_LOG_LEVEL = 'silent';
    dataDir = temp();
    expect((await cli('demo', '--data-dir', dataDir)).code).toBe(0);
  });
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('--dry-run --json prints one record per page, as the corpus expects', async () => {
    const { code, out } = await cli('import', 'pages', CORPUS, '--dry-run', '--json', '--series', 'op-eds', '--url-map', join(CORPUS, 'urls.tsv'), '--data-dir', dataDir);
    expect(code).toBe(0);
    const records = JSON.parse(out) as PageRecord[];
    const names = readdirSync(CORPUS).filter((n) => /\.(txt|html)$/.test(n)).sort();
    expect(records).toHaveLength(names.length);
    names.forEach((name, index) => {
      const expected = JSON.parse(readFileSync(join(CORPUS, name.replace(/\.(txt|html)$/, '.expected.json')), 'utf8')) as PageRecord;
      // Without a URL the record names the file as it was found.
      const source = expected.source === name ? join(CORPUS, name) : expected.source;
      expect(records[index]).toEqual({ ...expected, source });
    });
    const summary = await cli('import', 'pages', CORPUS, '--dry-run', '--series', 'op-eds', '--data-dir', dataDir);
    expect(summary.out).toMatch(/^Dry run: nothing was written/);
  });

  it('imports and prints a summary with reasons', async () => {
    const dir = temp();
    expect((await cli('migrate', '--data-dir', dir)).code).toBe(0);
    const { code, out } = await cli('import', 'pages', join(CORPUS, 'co17041-current-design.txt'), join(CORPUS, 'co24150-cut-off.txt'), '--url-map', join(CORPUS, 'urls.tsv'), '--data-dir', dir);
    // An empty site has no series: the pages are skipped with the reason, and the command says how to fix it.
    expect(code).toBe(0);
    expect(out).toContain('skipped       2');
    expect(out).toContain('no series "RSIS Commentary Series" on the site; give one with --series');
  });

  it('exits 2 naming the file at fault', async () => {
    const dir = temp();
    const binary = join(dir, 'scan.txt');
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    const bad = await cli('import', 'pages', binary, '--data-dir', dataDir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(`${binary}: not a text or HTML file (binary data at byte 4)`);

    const map = join(dir, 'urls.tsv');
    writeFileSync(map, 'a.txt\thttps://example.org/a/\nb.txt no address here\n');
    const badMap = await cli('import', 'pages', CORPUS, '--url-map', map, '--data-dir', dataDir);
    expect(badMap.code).toBe(2);
    expect(badMap.err).toContain(`${map}:2: expected a file name, a tab (or comma) and a URL`);

    const missing = await cli('import', 'pages', join(dir, 'nowhere'), '--data-dir', dataDir);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file or folder');

    const json = await cli('import', 'pages', CORPUS, '--json', '--data-dir', dataDir);
    expect(json.code).toBe(2);
    expect(json.err).toContain('--json prints what --dry-run read');
  });
});
