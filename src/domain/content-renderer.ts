/**
 * What actions need from the Markdown pipeline: derived HTML and plain text
 * are computed once at write time and stored, so readers never pay for them.
 * The implementation lives in `render/`; the composition root injects it.
 */
export interface ContentRenderer {
  /** Increases whenever the pipeline's output changes, so stored HTML can be refreshed. */
  readonly version: number;
  toHtml(markdown: string): string;
  toText(markdown: string): string;
}
