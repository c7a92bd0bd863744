import { execFile } from 'node:child_process';
import { resolve, sep } from 'node:path';
import type { PdfRenderer, PreparedPdf, PublicationPdfSource } from '../../domain/publication-pdf.js';
import { pdfInputFromPublication } from './pdf-input-from-publication.js';
import { preparePublicationPdf } from './render-publication-pdf.js';

export interface TypstPdfRendererOptions {
  /** The files directory served at /files/: where figures and the logo are. */
  mediaDir: string;
  /** Called once per compile (operators' counters and tests). */
  onCompile?: () => void;
}

/** The house-style Typst renderer behind the PdfRenderer the actions see. */
export function createTypstPdfRenderer(options: TypstPdfRendererOptions): PdfRenderer {
  const root = resolve(options.mediaDir);
  // Only `/files/...` names a file, and only one inside the files directory.
  const resolveMedia = (src: string): string | null => {
    if (!src.startsWith('/files/')) return null;
    const full = resolve(root, ...decodeURIComponent(src.slice('/files/'.length).split(/[?#]/)[0] ?? '').split('/'));
    return full.startsWith(root + sep) ? full : null;
  };
  return {
    async prepare(source: PublicationPdfSource): Promise<PreparedPdf> {
      const input = pdfInputFromPublication({ ...source, resolveMedia });
      const prepared = await preparePublicationPdf(input);
      return {
        contentHash: prepared.contentHash,
        text: prepared.text,
        compile: async () => {
          options.onCompile?.();
          return prepared.compile();
        },
      };
    },
    extractText: (pdf) => extractWithPdftotext(pdf),
  };
}

/**
 * An uploaded PDF's text through poppler's `pdftotext` when the machine has
 * it; without it the PDF is still served, only not searchable.
 */
function extractWithPdftotext(pdf: Uint8Array): Promise<{ text: string } | { text: null; reason: string }> {
  return new Promise((done) => {
    const child = execFile('pdftotext', ['-enc', 'UTF-8', '-q', '-', '-'], { maxBuffer: 64 * 1024 * 1024, timeout: 60_000 }, (error, stdout) => {
      if (error) {
        const code = (error as NodeJS.ErrnoException).code;
        done({ text: null, reason: code === 'ENOENT' ? 'pdftotext is not installed' : `pdftotext failed: ${error.message}` });
        return;
      }
      done({ text: stdout.replace(/\f/g, '\n').replace(/[ \t]+\n/g, '\n').trim() });
    });
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
  });
}
