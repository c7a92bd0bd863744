import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { listFontFiles, readTemplateFiles } from './typst-assets.js';

export interface CompiledPdf {
  pdf: Buffer;
  pageCount: number;
  /** Milliseconds spent laying out and writing the PDF (for the benchmark). */
  timings: { layoutMs: number; pdfMs: number };
}

/** Typst's memo cache grows with every distinct document; age out what recent documents did not use. */
const EVICT_MAX_AGE = 10;

/**
 * A warm Typst compiler. Creating it loads the fonts (tens of milliseconds);
 * after the first compile, a document takes milliseconds. It runs inside the
 * child process of pdf-compiler-process.ts.
 *
 * Sandbox: the compiler's root is a fresh, empty directory, and every file a
 * document may use (template, data, body, images) is an in-memory "shadow"
 * file inside it. Typst refuses paths outside its root, so `#read`, `#image`
 * or `#include` can reach nothing on disk, whatever a document said.
 */
export class TypstPdfCompiler {
  private readonly compiler: NodeCompiler;
  private readonly root: string;

  constructor() {
    this.root = mkdtempSync(join(tmpdir(), 'imprint-typst-'));
    this.compiler = NodeCompiler.create({
      workspace: this.root,
      fontArgs: [{ fontBlobs: listFontFiles().map((file) => readFileSync(file)) }],
    });
    for (const [path, content] of readTemplateFiles()) this.compiler.mapShadow(this.absolute(path), content);
  }

  /**
   * Compile `/main.typ` of the template with these per-document files (paths
   * inside the root, e.g. `/body.typ`, `/media/0.jpg`). Synchronous from
   * mapping to unmapping, so concurrent callers can never see each other's files.
   */
  compile(files: Map<string, Buffer>): CompiledPdf {
    const mapped: string[] = [];
    try {
      for (const [path, content] of files) {
        const absolute = this.absolute(path);
        this.compiler.mapShadow(absolute, content);
        mapped.push(absolute);
      }
      const started = performance.now();
      const result = this.compiler.compile({ mainFilePath: this.absolute('/main.typ') });
      const document = result.result;
      if (!document) throw new Error(`Typst could not compile the PDF: ${diagnosticsOf(result.takeDiagnostics())}`);
      const laidOut = performance.now();
      const pdf = this.compiler.pdf(document);
      const timings = { layoutMs: laidOut - started, pdfMs: performance.now() - laidOut };
      return { pdf, pageCount: document.numOfPages, timings };
    } finally {
      for (const absolute of mapped) this.compiler.unmapShadow(absolute);
      this.compiler.evictCache(EVICT_MAX_AGE);
    }
  }

  /** Remove the (empty) root directory; the compiler is not used again. */
  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  private absolute(path: string): string {
    if (!/^\/[A-Za-z0-9._/-]+$/.test(path) || path.includes('..')) throw new Error(`Bad path inside the Typst root: ${path}`);
    return join(this.root, path);
  }
}

function diagnosticsOf(error: { shortDiagnostics: unknown[] } | null): string {
  if (!error) return 'unknown error';
  return error.shortDiagnostics
    .map((d) => (d && typeof d === 'object' && 'message' in d ? String((d as { message: unknown }).message) : JSON.stringify(d)))
    .join('; ');
}

