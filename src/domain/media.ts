import { slugify } from './slug.js';

/**
 * The media library: images (figures, photos) and documents (PDF
 * attachments of books and reports). Files live under the site's files
 * directory and are served at `/files/<path>`.
 */
export type MediaKind = 'image' | 'document';

/** A WebP copy of an image at one width, for `srcset`. */
export interface MediaVariant {
  width: number;
  height: number;
  path: string;
  sizeBytes: number;
}

export interface MediaFile {
  id: string;
  kind: MediaKind;
  /** Relative to the files directory: `media/2025/01/<id>-figure.png`. */
  path: string;
  /** `/files/<path>`: what a body or a profile links to. */
  url: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
  variants: MediaVariant[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

const MB = 1024 * 1024;
export const MAX_IMAGE_BYTES = 20 * MB;
export const MAX_DOCUMENT_BYTES = 50 * MB;

/** srcset widths: a phone, a column on a laptop, a wide or high-density screen. */
export const VARIANT_WIDTHS: readonly number[] = [480, 960, 1600];

/**
 * Widths to make for an image `originalWidth` pixels wide: the standard
 * widths below it, plus the image's own width when that is under the
 * largest standard width. Never upscaled.
 */
export function variantWidths(originalWidth: number): number[] {
  const largest = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1] ?? 1600;
  const widths = VARIANT_WIDTHS.filter((w) => w < originalWidth);
  if (originalWidth <= largest && !widths.includes(originalWidth)) widths.push(originalWidth);
  return widths;
}

export function mediaUrl(path: string): string {
  return `/files/${path}`;
}

/** `Figure 1 (final).PNG` -> `figure-1-final`: safe in a URL and on any file system. */
export function safeFileStem(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  const stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  return slugify(stem, 60) || 'file';
}

/** `media/YYYY/MM/<id>-<stem>.<ext>`, dated by upload time (UTC). */
export function mediaFilePath(id: string, uploadedAt: Date, stem: string, extension: string): string {
  const year = uploadedAt.getUTCFullYear();
  const month = String(uploadedAt.getUTCMonth() + 1).padStart(2, '0');
  return `media/${year}/${month}/${id}-${stem}.${extension}`;
}

/** `media/2025/01/x-figure.png` at 960 px -> `media/2025/01/x-figure-960w.webp`. */
export function variantPath(path: string, width: number): string {
  return `${path.replace(/\.[a-z0-9]+$/, '')}-${width}w.webp`;
}

/** `23.4 MB`, `512 KB`: sizes in error messages and lists. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
