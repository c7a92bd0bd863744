/** Row type of the publication PDFs table (migration 0007-publication-pdfs); conventions as in schema.ts. */
export interface PublicationPdfTable {
  publication_id: string;
  kind: string;
  upload_media_id: string | null;
  content_hash: string;
  file_path: string;
  size_bytes: number;
  page_count: number | null;
  text: string;
  source_revision: number;
  updated_at: string;
}

export interface PdfDatabase {
  publication_pdfs: PublicationPdfTable;
}
