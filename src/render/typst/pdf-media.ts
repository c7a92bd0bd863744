import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export type ImageFormat = 'png' | 'jpg' | 'gif' | 'webp';

/**
 * The raster formats Typst decodes, told by their magic bytes, not by the
 * file name. SVG is left out on purpose: an SVG can point at other files and
 * fonts, and a figure must not be a way to pull anything else into the PDF.
 */
export function sniffImageFormat(bytes: Buffer): ImageFormat | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(bytes.subarray(0, 6).toString('latin1'))) return 'gif';
  if (bytes.length >= 12 && bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'webp';
  return null;
}

export interface PlacedImage {
  /** Path inside the Typst root, chosen here: never derived from the source. */
  path: string;
  bytes: Buffer;
  sha256: string;
}

/**
 * Read the image a source names, if the resolver finds a readable file of a
 * supported format. A missing or unreadable image is not an error: the PDF
 * prints the caption and credit without it, as a page would show alt text.
 */
export async function loadImage(filePath: string | null | undefined, placeAs: string): Promise<PlacedImage | null> {
  if (!filePath) return null;
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch {
    return null;
  }
  const format = sniffImageFormat(bytes);
  if (!format) return null;
  return { path: `${placeAs}.${format}`, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
