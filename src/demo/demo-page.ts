/** A page of the demo's page tree; children are saved under it, in order. */
export interface DemoPage {
  slug: string;
  title: string;
  summary?: string;
  /** Markdown. */
  body: string;
  children?: DemoPage[];
}
