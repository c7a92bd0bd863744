import type { ListItem, RootContent } from 'mdast';
import type { PageBlock } from '../text/page-blocks.js';
import { figureNode, rootOf, stringifyMarkdown } from './stringify-markdown.js';

/** Body blocks read from a page, as Markdown: `##` headings, paragraphs, lists and figure blocks. */
export function blocksToMarkdown(blocks: readonly PageBlock[]): string {
  const children: RootContent[] = blocks.map((block): RootContent => {
    switch (block.type) {
      case 'heading':
        return { type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] };
      case 'paragraph':
        return { type: 'paragraph', children: [{ type: 'text', value: block.text }] };
      case 'list':
        return {
          type: 'list',
          ordered: block.isOrdered,
          spread: false,
          children: block.items.map((item): ListItem => ({
            type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: item }] }],
          })),
        };
      case 'figure':
        return figureNode({ src: block.src, alt: block.alt, caption: block.caption, credit: block.credit });
    }
  });
  return stringifyMarkdown(rootOf(children));
}

/** Plain paragraphs (synopsis, bio) as Markdown, escaped like the body. */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  return stringifyMarkdown(rootOf(paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', value: text }] }))));
}
