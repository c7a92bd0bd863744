import type { Code, Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { figureMarkdown, type FigureFields } from '../../render/markdown/figure-node.js';

/**
 * mdast -> Markdown for imported bodies, in the house style the editor and
 * the demo write: `-` bullets, `_emphasis_`, `**strong**`, fenced code, GFM
 * tables and `[^n]` footnotes. remark-stringify escapes only what would
 * otherwise be read as markup, so running text comes out as it was printed.
 */
const processor = unified().use(remarkGfm).use(remarkStringify, {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
  incrementListMarker: true,
});

export function stringifyMarkdown(root: Root): string {
  return processor.stringify(root).trim();
}

/** A figure as the fenced `figure` block the Markdown pipeline reads (render/markdown/figure-node.ts). */
export function figureNode(fields: FigureFields): Code {
  const fenced = figureMarkdown(fields).split('\n');
  return { type: 'code', lang: 'figure', value: fenced.slice(1, -1).join('\n') };
}

export function rootOf(children: RootContent[]): Root {
  return { type: 'root', children };
}
