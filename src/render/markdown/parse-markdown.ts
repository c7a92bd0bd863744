import type { Root, Code, PhrasingContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { parseFigureFields, type FigureNode } from './figure-node.js';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Markdown -> mdast, once. Every output (HTML, plain text, Typst, Markdown)
 * starts from this tree; ```figure blocks become `figure` nodes here.
 */
export function parseMarkdown(markdown: string): Root {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  visit(tree, 'code', (node: Code, index, parent) => {
    if (node.lang !== 'figure' || !parent || index === undefined) return;
    parent.children.splice(index, 1, toFigure(node.value));
  });
  return tree;
}

/** Parse only inline Markdown (for captions): the children of the first paragraph. */
export function parseInline(markdown: string): PhrasingContent[] {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  const first = tree.children[0];
  return first && first.type === 'paragraph' ? first.children : [];
}

function toFigure(text: string): FigureNode {
  const fields = parseFigureFields(text);
  const children = parseInline(fields.caption);
  return {
    type: 'figure',
    src: fields.src,
    alt: fields.alt,
    children,
    captionText: toString({ type: 'paragraph', children }),
    credit: fields.credit,
  };
}

/** Every figure of a body in reading order (the PDF, importers and the admin need the list). */
export function listFigures(tree: Root): FigureNode[] {
  const figures: FigureNode[] = [];
  visit(tree, 'figure', (node: FigureNode) => {
    figures.push(node);
  });
  return figures;
}
