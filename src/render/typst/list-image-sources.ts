import type { Root, Definition, Image, ImageReference } from 'mdast';
import { visit } from 'unist-util-visit';
import type { FigureNode } from '../markdown/figure-node.js';

/** Every image a tree shows (figures, images, image references), in reading order, once each. */
export function listImageSources(tree: Root): string[] {
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node: Definition) => {
    definitions.set(node.identifier, node.url);
  });
  const sources: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'figure') sources.push((node as FigureNode).src);
    else if (node.type === 'image') sources.push((node as Image).url);
    else if (node.type === 'imageReference') sources.push(definitions.get((node as ImageReference).identifier) ?? '');
  });
  return [...new Set(sources.filter((src) => src !== ''))];
}
