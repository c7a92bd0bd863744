/** The body of an imported page, block by block, before it is written as Markdown. */
export type PageBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'list'; isOrdered: boolean; items: string[] }
  | { type: 'figure'; src: string; alt: string; caption: string; credit: string };

export type FigureBlock = Extract<PageBlock, { type: 'figure' }>;

/** The label lines that open the parts of an article. */
const SYNOPSIS_LABELS = new Set(['synopsis', 'abstract', 'executive summary', 'summary', 'key points', 'key takeaways', 'overview']);
const BODY_LABELS = new Set(['commentary', 'analysis', 'article', 'report', 'text', 'full text', 'main text', 'body']);

export type LabelKind = 'synopsis' | 'body';

/** `SYNOPSIS`, `COMMENTARY`, `Abstract:` ... as a label on its own line. */
export function labelOf(text: string): LabelKind | null {
  const key = text.replace(/:$/, '').trim().toLowerCase();
  if (SYNOPSIS_LABELS.has(key) && (text === text.toUpperCase() || text.endsWith(':') || key === 'abstract' || key === 'executive summary')) return 'synopsis';
  if (BODY_LABELS.has(key) && text === text.toUpperCase()) return 'body';
  return null;
}
