/**
 * Warm per-PDF time of the house template: the fixture commentary (IP24112,
 * 3 pages) and a generated working paper of about thirty pages. Run with
 * `npx tsx bench/pdf-render.ts`; writes bench/results/pdf-render.json.
 *
 * Three cases each, through the warm compiler:
 * - same input: a re-render of an unchanged publication (Typst's memo cache
 *   answers nearly all of the layout);
 * - edited: a new title and one changed paragraph, as an editor's save;
 * - new text: every sentence different, as a publication never seen before
 *   (the honest cost of laying out a new document).
 * Timings are split into preparing the files (Markdown parse, serializer,
 * image reads, hash), Typst's layout and writing the PDF; the total also
 * holds the round trip to the compiler's child process. The child is kept
 * for the whole run here (it is replaced every 100 documents in use, which
 * costs one cold start: `coldFirstPdfMs`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PdfInput } from '../src/render/typst/pdf-input.js';
import { configurePdfRenderer, renderPublicationPdf, type RenderedPdf } from '../src/render/typst/render-publication-pdf.js';
import { fixturePdfInput } from '../test/pdf/support/fixture-input.js';
import { writeSampleImage } from '../test/pdf/support/sample-image.js';
import { WORKING_PAPER_FIGURES, workingPaperInput } from '../test/pdf/support/working-paper.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const RESULTS = resolve(import.meta.dirname, 'results/pdf-render.json');

interface Sample {
  totalMs: number;
  prepareMs: number;
  layoutMs: number;
  pdfMs: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const round = (value: number): number => Math.round(value * 10) / 10;

function summary(samples: Sample[]) {
  const of = (key: keyof Sample) => samples.map((sample) => sample[key]);
  return {
    runs: samples.length,
    p50Ms: round(percentile(of('totalMs'), 50)),
    p95Ms: round(percentile(of('totalMs'), 95)),
    minMs: round(Math.min(...of('totalMs'))),
    p50PrepareMs: round(percentile(of('prepareMs'), 50)),
    p50LayoutMs: round(percentile(of('layoutMs'), 50)),
    p50PdfMs: round(percentile(of('pdfMs'), 50)),
  };
}

async function timed(input: PdfInput): Promise<{ sample: Sample; rendered: RenderedPdf }> {
  const started = performance.now();
  const rendered = await renderPublicationPdf(input);
  return { sample: { totalMs: performance.now() - started, ...rendered.timings }, rendered };
}

function edited(input: PdfInput, run: number): PdfInput {
  const paragraphs = input.bodyMarkdown.split('\n\n');
  const middle = Math.floor(paragraphs.length / 2);
  paragraphs[middle] = `${paragraphs[middle]} Revised in edit ${run}.`;
  return { ...input, title: `${input.title} (edit ${run})`, bodyMarkdown: paragraphs.join('\n\n') };
}

function newText(input: PdfInput, run: number): PdfInput {
  return { ...input, title: `${input.title} (${run})`, bodyMarkdown: input.bodyMarkdown.replace(/\. /g, `. V${run} `) };
}

async function measure(name: string, input: PdfInput) {
  // Warm-up: JIT, fonts, and Typst's caches for the template.
  for (let i = 0; i < 5; i += 1) await renderPublicationPdf(newText(input, -1 - i));
  const same: Sample[] = [];
  const edits: Sample[] = [];
  const fresh: Sample[] = [];
  let pages = 0;
  let bytes = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const repeat = await timed(input);
    same.push(repeat.sample);
    pages = repeat.rendered.pageCount;
    bytes = repeat.rendered.pdf.length;
    edits.push((await timed(edited(input, run))).sample);
    fresh.push((await timed(newText(input, run))).sample);
  }
  const result = { pages, bytes, sameInput: summary(same), edited: summary(edits), newText: summary(fresh) };
  console.log(`${name}: ${pages} pages, ${Math.round(bytes / 1024)} KiB`);
  for (const [label, value] of [['same input', result.sameInput], ['edited', result.edited], ['new text', result.newText]] as const) {
    console.log(`  ${label.padEnd(11)} p50 ${value.p50Ms} ms  p95 ${value.p95Ms} ms  (prepare ${value.p50PrepareMs}, layout ${value.p50LayoutMs}, pdf ${value.p50PdfMs})`);
  }
  return result;
}

async function main(): Promise<void> {
  configurePdfRenderer({ maxDocuments: 100_000 });
  const dir = mkdtempSync(join(tmpdir(), 'imprint-bench-pdf-'));
  try {
    const figure = await writeSampleImage(dir, 'ip24112-figure.jpg');
    const media = new Map<string, string>([
      [WORKING_PAPER_FIGURES[0] ?? '', await writeSampleImage(dir, 'wp-1.png', { hue: 210 })],
      [WORKING_PAPER_FIGURES[1] ?? '', await writeSampleImage(dir, 'wp-2.jpg', { width: 600, height: 800, hue: 30 })],
      [WORKING_PAPER_FIGURES[2] ?? '', await writeSampleImage(dir, 'wp-3.png', { width: 1200, height: 500, hue: 140 })],
    ]);

    const coldStarted = performance.now();
    const first = await renderPublicationPdf(fixturePdfInput(figure));
    const coldMs = round(performance.now() - coldStarted);
    console.log(`cold: first PDF (compiler created, fonts loaded) ${coldMs} ms, ${first.pageCount} pages`);

    const loadBefore = loadavg()[0] ?? 0;
    const fixture = await measure('fixture IP24112', fixturePdfInput(figure));
    const paper = await measure('working paper', workingPaperInput((src) => media.get(src) ?? null, 14));

    const results = {
      measuredAt: new Date().toISOString(),
      node: process.version,
      runs: RUNS,
      // The machine is shared: 1-minute load average around the run, against its core count.
      cores: cpus().length,
      loadAverage1m: { before: Number(loadBefore.toFixed(2)), after: Number((loadavg()[0] ?? 0).toFixed(2)) },
      coldFirstPdfMs: coldMs,
      fixture,
      workingPaper: paper,
      targetFixtureWarmMs: 30,
    };
    mkdirSync(resolve(RESULTS, '..'), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`wrote ${RESULTS}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
