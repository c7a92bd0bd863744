import type { Root, RootContent, PhrasingContent } from 'mdast';
import { parseMarkdown } from './parse-markdown.js';

/**
 * mdast -> plain text for search and feed summaries: one paragraph per block,
 * separated by blank lines; figure captions and credits and footnotes kept
 * (readers search for them too); markup and URLs dropped.
 */
export function mdastToText(tree: Root): string {
  const blocks: string[] = [];
  for (const node of tree.children) collectBlocks(node, blocks);
  return blocks.filter((b) => b.trim() !== '').join('\n\n');
}

export function markdownToText(markdown: string): string {
  return mdastToText(parseMarkdown(markdown));
}

function collectBlocks(node: RootContent, blocks: string[]): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      blocks.push(inline(node.children));
      return;
    case 'figure':
      blocks.push([inline(node.children), node.credit].filter(Boolean).join(' '));
      return;
    case 'code':
      blocks.push(node.value);
      return;
    case 'blockquote':
    case 'listItem':
    case 'footnoteDefinition':
      for (const child of node.children) collectBlocks(child, blocks);
      return;
    case 'list':
      for (const item of node.children) collectBlocks(item, blocks);
      return;
    case 'table':
      for (const row of node.children) blocks.push(row.children.map((cell) => inline(cell.children)).join(' | '));
      return;
    default:
      return;
  }
}

function inline(nodes: PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        text += node.value;
        break;
      case 'break':
        text += '\n';
        break;
      case 'image':
        text += node.alt ?? '';
        break;
      case 'footnoteReference':
      case 'html':
      case 'imageReference':
        break;
      default:
        if ('children' in node) text += inline(node.children as PhrasingContent[]);
    }
  }
  return text.replace(/[ \t]+/g, ' ').trim();
}
