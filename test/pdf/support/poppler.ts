import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Run a poppler-utils tool on a PDF held in memory. */
function poppler(tool: string, args: string[], pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-pdf-test-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text in reading order, or with `isLayout` as laid out on the page (a footnote's number beside its text). */
export function pdfToText(pdf: Buffer, isLayout = false): string {
  return poppler('pdftotext', ['-enc', 'UTF-8', ...(isLayout ? ['-layout'] : [])], pdf);
}

export function pdfInfo(pdf: Buffer, pages?: number): Record<string, string> {
  const args = pages ? ['-f', '1', '-l', String(pages)] : [];
  const info: Record<string, string> = {};
  for (const line of poppler('pdfinfo', args, pdf).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1]) info[match[1]] = match[2] ?? '';
  }
  return info;
}

/** Font names with their "embedded" column, e.g. `{ name: 'ABCDEF+CharisSIL', isEmbedded: true }`. */
export function pdfFonts(pdf: Buffer): { name: string; isEmbedded: boolean }[] {
  return poppler('pdffonts', [], pdf)
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name, type words..., encoding, emb, sub, uni, object, id
      return { name: columns[0] ?? '', isEmbedded: columns[columns.length - 5] === 'yes' };
    });
}

/** Images drawn in the PDF (soft masks, the alpha of a PNG, not counted). */
export function pdfImageCount(pdf: Buffer): number {
  return poppler('pdfimages', ['-list'], pdf)
    .split('\n')
    .slice(2)
    .filter((line) => line.trim().split(/\s+/)[2] === 'image').length;
}

/**
 * Letters and digits only, lower-cased: compares prose regardless of line
 * breaks, hyphenation at line ends, and typographic quotes and dashes.
 */
export function lettersOf(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Collapsed whitespace and plain quotes: compares text that must appear character for character. */
export function literalOf(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
}
