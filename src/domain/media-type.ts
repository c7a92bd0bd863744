import type { MediaKind } from './media.js';

export interface SniffedType {
  kind: MediaKind;
  mimeType: string;
  /** The extension the stored file gets, whatever the upload was called. */
  extension: string;
  label: string;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/**
 * The type of an upload from its first bytes (the "magic numbers" of each
 * format's specification). The file name and any MIME type the browser
 * claimed are not trusted: a PNG named `.jpg` is a PNG, and a text file
 * named `.jpg` is not an image at all.
 */
export function sniffMediaType(bytes: Uint8Array): SniffedType | null {
  // JPEG: SOI marker FF D8 followed by the next marker's FF (ITU T.81).
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', mimeType: 'image/jpeg', extension: 'jpg', label: 'JPEG image' };
  // PNG: the 8-byte signature of RFC 2083 section 3.1.
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', mimeType: 'image/png', extension: 'png', label: 'PNG image' };
  // GIF: "GIF87a" or "GIF89a".
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return { kind: 'image', mimeType: 'image/gif', extension: 'gif', label: 'GIF image' };
  // WebP: a RIFF container whose form type is "WEBP" (RFC 9649 section 2.4).
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { kind: 'image', mimeType: 'image/webp', extension: 'webp', label: 'WebP image' };
  // PDF: the header "%PDF-" (ISO 32000-1 section 7.5.2).
  if (startsWith(bytes, ascii('%PDF-'))) return { kind: 'document', mimeType: 'application/pdf', extension: 'pdf', label: 'PDF document' };
  return null;
}

export const ACCEPTED_TYPES_LABEL = 'JPEG, PNG, WebP or GIF images, or PDF documents';
