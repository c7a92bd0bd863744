/**
 * Word documents to the house Markdown, for actions that import an uploaded
 * document. The implementation (mammoth and unified) lives in `import/`; the
 * composition root injects it, as it injects the Markdown renderer.
 */
export interface ConvertedImage {
  /** What the figure's `src` says until the picture is stored: `docx-image:1`. */
  placeholder: string;
  bytes: Uint8Array;
  contentType: string;
  alt: string;
  caption: string;
  credit: string;
}

export interface ConvertedDocument {
  title: string | null;
  /** As the document prints them (honorifics included). */
  authors: string[];
  /** `YYYY-MM-DD` or `YYYY-MM`, when the document states a date. */
  date: string | null;
  /** The abstract, as plain text. */
  synopsis: string | null;
  /** Markdown whose figures point at their image's placeholder. */
  markdown: string;
  images: ConvertedImage[];
  footnotes: number;
  warnings: string[];
}

export interface DocumentConverter {
  /** Throws an `invalid` error naming `file` when the bytes are not a Word document. */
  convert(bytes: Uint8Array, file: string): Promise<ConvertedDocument>;
}
