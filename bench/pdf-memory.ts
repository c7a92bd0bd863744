/**
 * Memory of the PDF compiler over many distinct documents: renders the
 * fixture N times (default 450), each with different text, and prints the
 * resident memory of the compiler's child process every 50 documents. The
 * child is replaced every 100 documents (pdf-compiler-process.ts), so the
 * figure should rise and fall, never climb. `npx tsx bench/pdf-memory.ts [N]`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { renderPublicationPdf } from '../src/render/typst/render-publication-pdf.js';
import { fixturePdfInput } from '../test/pdf/support/fixture-input.js';

function childMemoryMb(): number[] {
  let pids: string[] = [];
  try {
    pids = execFileSync('pgrep', ['-P', String(process.pid)], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
  return pids.flatMap((pid) => {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return kb ? [Math.round(Number(kb) / 1024)] : [];
    } catch {
      return [];
    }
  });
}

const count = Number(process.argv[2] ?? 450);
const base = fixturePdfInput(null);
const started = performance.now();
for (let i = 0; i < count; i += 1) {
  await renderPublicationPdf({ ...base, bodyMarkdown: base.bodyMarkdown.replace(/\. /g, `. V${i} `) });
  if (i % 50 === 49) {
    const perDoc = (performance.now() - started) / (i + 1);
    console.log(`${i + 1} documents: compiler child ${childMemoryMb().filter((mb) => mb > 20).join(', ')} MB, ${perDoc.toFixed(1)} ms a document`);
  }
}
