/**
 * `imprint pdf --all` on the demo institute, through the real command:
 * a fresh data directory with the demo loaded, then the command twice:
 * cold (every public publication typeset) and again (every PDF found
 * unchanged by its content hash, nothing typeset). Run with
 * `npx tsx bench/pdf-all.ts`; writes bench/results/pdf-all.json.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../src/cli/run-cli.js';
import { runtime } from '../src/main.js';

const RESULTS = resolve(import.meta.dirname, 'results/pdf-all.json');

async function run(argv: string[]): Promise<{ code: number; out: string; ms: number }> {
  let out = '';
  const started = performance.now();
  const code = await runCli(argv, runtime, { stdout: (t) => { out += t; }, stderr: (t) => { out += t; } });
  return { code, out: out.trim(), ms: Math.round(performance.now() - started) };
}

const dataDir = mkdtempSync(join(tmpdir(), 'imprint-bench-pdf-all-'));
process.env.IMPRINT_LOG_LEVEL = 'silent';
try {
  const demo = await run(['demo', '--data-dir', dataDir]);
  if (demo.code !== 0) throw new Error(`demo failed: ${demo.out}`);
  const loadBefore = loadavg()[0] ?? 0;
  const cold = await run(['pdf', '--all', '--data-dir', dataDir]);
  const warm = await run(['pdf', '--all', '--data-dir', dataDir]);
  const pdfDir = join(dataDir, 'pdf');
  const files = readdirSync(pdfDir).filter((f) => f.endsWith('.pdf'));
  const bytes = files.reduce((sum, f) => sum + statSync(join(pdfDir, f)).size, 0);
  const results = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    cores: cpus().length,
    loadAverage1mBefore: Number(loadBefore.toFixed(2)),
    loadAverage1mAfter: Number((loadavg()[0] ?? 0).toFixed(2)),
    publications: files.length,
    totalPdfBytes: bytes,
    cold: { ms: cold.ms, msPerPdf: Number((cold.ms / Math.max(1, files.length)).toFixed(1)), summary: cold.out },
    unchanged: { ms: warm.ms, msPerPdf: Number((warm.ms / Math.max(1, files.length)).toFixed(1)), summary: warm.out },
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
