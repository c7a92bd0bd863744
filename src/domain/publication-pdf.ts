import type { FileStore } from './file-store.js';
import type { Publication } from './publication.js';
import type { Series } from './series.js';
import type { SiteSettings } from './site-settings.js';

/** The job kind that (re)makes a publication's PDF after a publish or an edit. */
export const RENDER_PDF = 'render-pdf';

export interface RenderPdfPayload {
  publicationId: string;
}

/**
 * What a publication's PDF is made from, as the page shows it. Figures and
 * the logo are media paths (`/files/...`); the renderer finds their files.
 */
export interface PublicationPdfSource {
  publication: Publication;
  series: Series;
  settings: SiteSettings;
  /** Grouped as the page prints them: Series, Themes, Regions, Units. */
  categories: { label: string; terms: string[] }[];
  canonicalUrl: string;
}

/** A PDF ready to compile: its content hash is known before any typesetting. */
export interface PreparedPdf {
  /** Hash of everything that decides the PDF's bytes (input, template, fonts, compiler). */
  contentHash: string;
  /** The text the PDF prints, from the source (for search). */
  text: string;
  compile(): Promise<{ pdf: Uint8Array; pageCount: number }>;
}

/** Typesetting; the implementation (Typst) lives in `render/` and is injected. */
export interface PdfRenderer {
  prepare(source: PublicationPdfSource): Promise<PreparedPdf>;
  /** The text of an uploaded PDF, or null with the reason when it cannot be read. */
  extractText(pdf: Uint8Array): Promise<{ text: string } | { text: null; reason: string }>;
}

/** Everything PDF actions need, wired by the composition root. */
export interface PdfOutput {
  renderer: PdfRenderer;
  /** Generated PDFs by content hash (`$IMPRINT_DATA_DIR/pdf/<hash>.pdf`); never served directly. */
  files: FileStore;
  /** Public base URL, for the canonical address printed in the footer. */
  baseUrl: string;
}

export type PublicationPdfKind = 'generated' | 'uploaded';

/** The PDF a publication currently has: one row per publication. */
export interface PublicationPdfRecord {
  publicationId: string;
  kind: PublicationPdfKind;
  /** The media document that replaces the generated PDF (books, reports). */
  uploadMediaId: string | null;
  /** Content hash of the served file: the strong ETag. */
  contentHash: string;
  /** Generated: `<hash>.pdf` in the PDF store; uploaded: the media path in the files directory. */
  filePath: string;
  sizeBytes: number;
  pageCount: number | null;
  /** Plain text for the search index ('' when it could not be read). */
  text: string;
  /** The publication revision it was made from. */
  sourceRevision: number;
  updatedAt: string;
}

/** `Download PDF (123 KB)`: sizes as readers read them (1 KB = 1024 bytes). */
export function formatPdfSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** `IP24112.pdf`, or the slug when the publication has no code. */
export function pdfFileName(publication: Pick<Publication, 'code' | 'slug'>): string {
  return `${publication.code ?? publication.slug}.pdf`;
}
