import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { BlockContent, DefinitionContent, Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { parseFigureLine } from '../text/figure-lines.js';
import { figureNode, stringifyMarkdown } from './stringify-markdown.js';

/**
 * HTML from Word (mammoth) or WordPress to the house Markdown, through
 * unified: headings, emphasis, lists, tables and links as Markdown; footnotes
 * as `[^n]` references with their `[^n]: text` definitions; images as figure
 * blocks with their caption and credit. Footnotes come in three shapes:
 * mammoth's (`#footnote-1`), Word pasted into WordPress (`#_ftn1`), and
 * WordPress's own footnotes block (`data-fn`).
 */
export interface HtmlToMarkdownOptions {
  /** Where an image's picture now lives (the files store), and better alt text or caption if known. */
  resolveImage?: (src: string, alt: string) => { src: string; alt?: string; caption?: string } | null;
  /** Footnotes kept outside the HTML (WordPress's `footnotes` post meta): id -> HTML. */
  footnotes?: Record<string, string>;
}

export interface MarkdownResult {
  markdown: string;
  figures: { src: string; caption: string; credit: string }[];
  footnotes: number;
}

const parser = unified().use(rehypeParse, { fragment: true });

type Handler = (state: { all(node: unknown): unknown[]; toFlow(nodes: unknown[]): unknown[] }, node: Element) => unknown;

function text(node: HastContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(text).join('');
  return '';
}

function hasClass(node: Element, name: string): boolean {
  const value = node.properties.className;
  return Array.isArray(value) && value.includes(name);
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

/** `#footnote-3`, `#_ftn3`, `#fn3`: the number a footnote link points at, and whether it is the note (not the back-link). */
function footnoteTarget(href: string): string | null {
  const match = /^#(?:footnote-|_ftn|fn:?|easy-footnote-bottom-)(\d+)$/.exec(href);
  return match?.[1] ?? null;
}

export function htmlToMarkdown(html: string, options: HtmlToMarkdownOptions = {}): MarkdownResult {
  const tree = parser.runSync(parser.parse(html)) as HastRoot;
  // Comments (the block editor's <!-- wp:paragraph --> markers, Word's conditional comments) carry no text.
  visit(tree, 'comment', (_node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  const definitions = new Map<string, Element>();
  const figures: MarkdownResult['figures'] = [];

  // 1. Take the footnotes out of the text: the list mammoth writes at the end, Word's "[1] note" paragraphs, WordPress's block.
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined) return;
    const id = String(node.properties.id ?? '');
    const mammoth = node.tagName === 'li' && /^footnote-(\d+)$/.exec(id);
    const wordAnchor = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a' && /^_ftn\d+$/.test(String(c.properties.name ?? c.properties.id ?? '')));
    const wordpress = node.tagName === 'li' && parent.type === 'element' && hasClass(parent as Element, 'wp-block-footnotes') && id;
    const number = mammoth ? mammoth[1] : wordAnchor ? String(wordAnchor.properties.name ?? wordAnchor.properties.id).slice(4) : null;
    if (number) {
      definitions.set(number, element('div', {}, node.children.filter((c) => c !== wordAnchor)));
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (wordpress) {
      definitions.set(id, element('div', {}, node.children));
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  removeEmptyContainers(tree);
  for (const [id, note] of Object.entries(options.footnotes ?? {})) {
    definitions.set(id, element('div', {}, (parser.runSync(parser.parse(note)) as HastRoot).children as ElementContent[]));
  }

  // 2. References become placeholders; back-links ("↑", "[1]" at the start of a note) go.
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined) return;
    const href = String(node.properties.href ?? '');
    const target = node.tagName === 'a' ? footnoteTarget(href) : null;
    const dataFn = node.tagName === 'sup' ? String(node.properties.dataFn ?? '') : '';
    const id = dataFn || target;
    if (!id || !definitions.has(id)) return undefined;
    parent.children.splice(index, 1, element('x-footnote-ref', { dataId: id }));
    return [SKIP, index + 1];
  });
  for (const note of definitions.values()) {
    visit(note, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || node.tagName !== 'a') return undefined;
      if (!/^#(footnote-ref-|_ftnref)\d+$/.test(String(node.properties.href ?? '')) && !hasClass(node, 'wp-block-footnotes__backlink')) return undefined;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  }

  attachCaptions(tree);

  // 3. Images with their captions become figures: <figure>, WordPress's [caption] output, mammoth's "Caption" paragraph.
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const img = node.tagName === 'img' ? node : node.tagName === 'figure' || hasClass(node, 'wp-caption') ? findImg(node) : null;
    if (!img) return undefined;
    const inner = node.tagName === 'img' ? null : findCaption(node);
    const next = parent.children.slice(index + 1).find((c) => c.type === 'element' || text(c).trim() !== '');
    const isCaptionAfter = !inner && next?.type === 'element' && next.tagName === 'p' && hasClass(next, 'caption');
    const captionText = (inner ? text(inner) : isCaptionAfter ? text(next) : '').replace(/\s+/g, ' ').trim();
    const src = String(img.properties.src ?? '');
    const alt = String(img.properties.alt ?? '');
    const resolved = options.resolveImage?.(src, alt) ?? { src };
    const split = parseFigureLine(captionText || resolved.caption || '') ?? { caption: captionText || resolved.caption || '', credit: '' };
    figures.push({ src: resolved.src, caption: split.caption, credit: split.credit });
    const figure = element('x-figure', { dataSrc: resolved.src, dataAlt: resolved.alt || alt || split.caption, dataCaption: split.caption, dataCredit: split.credit });
    // An image inside a paragraph (mammoth, WordPress) lifts the figure out to a block of its own.
    parent.children.splice(index, 1, figure);
    if (isCaptionAfter && next) parent.children.splice(parent.children.indexOf(next), 1);
    return [SKIP, index + 1];
  });

  const handlers: Record<string, Handler> = {
    'x-footnote-ref': (_state, node) => ({ type: 'footnoteReference', identifier: String(node.properties.dataId), label: String(node.properties.dataId) }),
    'x-figure': (_state, node) => figureNode({
      src: String(node.properties.dataSrc ?? ''), alt: String(node.properties.dataAlt ?? ''),
      caption: String(node.properties.dataCaption ?? ''), credit: String(node.properties.dataCredit ?? ''),
    }),
  };
  const toMdast = unified().use(rehypeRemark, { handlers: handlers as never });
  const root = toMdast.runSync(tree as never) as Root;
  liftFigures(root);

  // Number footnotes 1, 2, 3 in reading order, whatever the source called them.
  const order: string[] = [];
  visit(root, 'footnoteReference', (node: { identifier: string; label?: string | null }) => {
    if (!order.includes(node.identifier)) order.push(node.identifier);
    node.label = node.identifier = String(order.indexOf(node.identifier) + 1);
  });
  for (const [index, id] of order.entries()) {
    const note = definitions.get(id);
    const body = note ? (toMdast.runSync({ type: 'root', children: [note] } as never) as Root).children : [];
    root.children.push({
      type: 'footnoteDefinition', identifier: String(index + 1), label: String(index + 1),
      children: body.flatMap((n) => (n.type === 'paragraph' || n.type === 'list' || n.type === 'blockquote' ? [n as BlockContent | DefinitionContent] : [])),
    });
  }
  trimFootnoteNumbers(root);
  return { markdown: stringifyMarkdown(root), figures, footnotes: order.length };
}

/**
 * Word puts a figure's caption in the paragraph after the picture, styled
 * "Caption" (mammoth writes it as <p class="caption">): join the two into a
 * <figure> so the caption travels with its image.
 */
function attachCaptions(tree: HastRoot): void {
  const walk = (parent: HastRoot | Element) => {
    const children = parent.children as (ElementContent | HastContent)[];
    for (let i = 0; i < children.length; i++) {
      const node = children[i];
      if (node?.type !== 'element') continue;
      if (node.tagName === 'p' && hasClass(node, 'caption')) {
        let j = i - 1;
        while (j >= 0 && children[j]?.type === 'text' && text(children[j] as ElementContent).trim() === '') j--;
        const before = children[j];
        const img = before?.type === 'element' ? (before.tagName === 'img' ? before : before.tagName === 'p' ? findImg(before) : null) : null;
        if (img && before?.type === 'element' && text(before).trim() === '') {
          children.splice(j, i - j + 1, element('figure', {}, [img, element('figcaption', {}, node.children)]));
          i = j;
          continue;
        }
      }
      walk(node);
    }
  };
  walk(tree);
}

/** The list that held mammoth's footnotes, or WordPress's footnotes block, is empty once they are taken out. */
function removeEmptyContainers(tree: HastRoot): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined || !['ol', 'ul', 'div', 'section', 'aside'].includes(node.tagName)) return undefined;
    if (node.children.some((c) => c.type === 'element' || text(c).trim() !== '')) return undefined;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}

function findImg(node: Element): Element | null {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'img') return child;
    const inner = findImg(child);
    if (inner) return inner;
  }
  return null;
}

function findCaption(node: Element): Element | null {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'figcaption' || hasClass(child, 'wp-caption-text')) return child;
    const inner = findCaption(child);
    if (inner) return inner;
  }
  return null;
}

/** A figure is a block: one found inside a paragraph is moved out, splitting the paragraph around it. */
function liftFigures(root: Root): void {
  const out: Root['children'] = [];
  for (const node of root.children) {
    if (node.type !== 'paragraph' || !node.children.some((c) => (c as { type: string }).type === 'code')) {
      out.push(node);
      continue;
    }
    let run: typeof node.children = [];
    const flush = () => {
      if (run.some((c) => c.type !== 'text' || c.value.trim() !== '')) out.push({ type: 'paragraph', children: run });
      run = [];
    };
    for (const child of node.children) {
      if ((child as { type: string }).type === 'code') {
        flush();
        out.push(child as never);
      } else {
        run.push(child);
      }
    }
    flush();
  }
  root.children = out;
}

/** Notes pasted from Word start with their own number ("[1] Text"); the Markdown definition numbers them already. */
function trimFootnoteNumbers(root: Root): void {
  for (const node of root.children) {
    if (node.type !== 'footnoteDefinition') continue;
    const first = node.children[0];
    if (first?.type !== 'paragraph') continue;
    const lead = first.children[0];
    if (lead?.type === 'text') lead.value = lead.value.replace(/^\s*\[?\d+\]?[.)]?\s+/, '');
  }
}
