/**
 * Look at the house template: renders the fixture commentary (IP24112) and a
 * generated working paper of about thirty pages, writes the PDFs, every page
 * as PNG (`pdftoppm -r 60`) and contact sheets of four pages side by side.
 * Run `npx tsx bench/pdf-preview.ts [DIR]` after changing the template, and
 * view the sheets. Not a test: judging type is for eyes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import type { PdfInput } from '../src/render/typst/pdf-input.js';
import { renderPublicationPdf } from '../src/render/typst/render-publication-pdf.js';
import { fixturePdfInput } from '../test/pdf/support/fixture-input.js';
import { writeSampleImage } from '../test/pdf/support/sample-image.js';
import { WORKING_PAPER_FIGURES, workingPaperInput } from '../test/pdf/support/working-paper.js';

const PAGES_PER_SHEET = 4;

async function contactSheets(dir: string, prefix: string): Promise<string[]> {
  const pages = readdirSync(dir).filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.png')).sort();
  const sheets: string[] = [];
  for (let start = 0; start < pages.length; start += PAGES_PER_SHEET) {
    const group = pages.slice(start, start + PAGES_PER_SHEET);
    const { width = 0, height = 0 } = await sharp(join(dir, group[0] ?? '')).metadata();
    const sheet = join(dir, `sheet-${prefix}-${String(start / PAGES_PER_SHEET + 1).padStart(2, '0')}.png`);
    await sharp({ create: { width: (width + 12) * PAGES_PER_SHEET, height, channels: 3, background: '#8a8a8a' } })
      .composite(group.map((name, index) => ({ input: join(dir, name), left: index * (width + 12), top: 0 })))
      .png()
      .toFile(sheet);
    sheets.push(sheet);
  }
  return sheets;
}

async function preview(dir: string, name: string, input: PdfInput): Promise<void> {
  const rendered = await renderPublicationPdf(input);
  const pdf = join(dir, `${name}.pdf`);
  writeFileSync(pdf, rendered.pdf);
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(dir, name)]);
  const sheets = await contactSheets(dir, name);
  console.log(`${name}: ${rendered.pageCount} pages -> ${pdf}`);
  for (const sheet of sheets) console.log(`  ${sheet}`);
}

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? join(tmpdir(), 'imprint-pdf-preview'));
  mkdirSync(dir, { recursive: true });
  const figure = await writeSampleImage(dir, 'ip24112-figure.jpg');
  const logo = await writeSampleImage(dir, 'logo.png', { width: 240, height: 120, hue: 0 });
  const media = new Map<string, string>([
    [WORKING_PAPER_FIGURES[0] ?? '', await writeSampleImage(dir, 'wp-1.png', { hue: 210 })],
    [WORKING_PAPER_FIGURES[1] ?? '', await writeSampleImage(dir, 'wp-2.jpg', { width: 600, height: 800, hue: 30 })],
    [WORKING_PAPER_FIGURES[2] ?? '', await writeSampleImage(dir, 'wp-3.png', { width: 1200, height: 500, hue: 140 })],
  ]);
  const fixture = fixturePdfInput(figure);
  await preview(dir, 'fixture', { ...fixture, institute: { ...fixture.institute, logoPath: logo } });
  await preview(dir, 'working-paper', workingPaperInput((src) => media.get(src) ?? null, 14));
}

await main();
