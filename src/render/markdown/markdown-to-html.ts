import type { Root } from 'mdast';
import type { Root as HastRoot, Element, ElementContent } from 'hast';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { visit } from 'unist-util-visit';
import type { State } from 'mdast-util-to-hast';
import { slugify } from '../../domain/slug.js';
import type { FigureNode } from './figure-node.js';
import { parseMarkdown } from './parse-markdown.js';

/**
 * The sanitiser is the security boundary: whatever the Markdown held (raw
 * HTML, event handlers, `javascript:` links), only this allow-list reaches the
 * page. remark-rehype already drops raw HTML; sanitising afterwards also
 * covers anything a future plugin might let through.
 */
const schema: SanitizeSchema = {
  ...defaultSchema,
  // remark-rehype already prefixes every id it generates (footnotes) with
  // `user-content-`, and Markdown cannot set ids otherwise; prefixing again
  // would break the footnote links.
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  attributes: {
    ...defaultSchema.attributes,
    figure: ['className'],
    span: [...(defaultSchema.attributes?.span ?? []), ['className', 'credit']],
    img: [...(defaultSchema.attributes?.img ?? []), 'loading', 'decoding'],
    td: [['className', 'align-left', 'align-center', 'align-right']],
    th: [['className', 'align-left', 'align-center', 'align-right']],
  },
  protocols: { ...defaultSchema.protocols, src: ['http', 'https'] },
};

function figureHandler(state: State, node: FigureNode): Element {
  const caption: ElementContent[] = state.all(node as never) as ElementContent[];
  if (node.credit) {
    if (caption.length > 0) caption.push({ type: 'text', value: ' ' });
    caption.push({ type: 'element', tagName: 'span', properties: { className: ['credit'] }, children: [{ type: 'text', value: node.credit }] });
  }
  const children: ElementContent[] = [
    { type: 'element', tagName: 'img', properties: { src: node.src, alt: node.alt, loading: 'lazy', decoding: 'async' }, children: [] },
  ];
  if (caption.length > 0) children.push({ type: 'element', tagName: 'figcaption', properties: {}, children: caption });
  return { type: 'element', tagName: 'figure', properties: {}, children };
}

/** GFM column alignment as classes: the `align` attribute is obsolete in HTML. */
function alignmentClasses() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if ((node.tagName !== 'td' && node.tagName !== 'th') || !node.properties.align) return;
      node.properties.className = [`align-${String(node.properties.align)}`];
      delete node.properties.align;
    });
  };
}

/** Anchor ids on section headings so readers can link to "Relations with China". */
function headingIds() {
  return (tree: HastRoot) => {
    const seen = new Map<string, number>();
    visit(tree, 'element', (node: Element) => {
      if (!/^h[2-4]$/.test(node.tagName) || node.properties.id) return;
      const base = slugify(textOf(node)) || 'section';
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      node.properties.id = count === 0 ? base : `${base}-${count + 1}`;
    });
  };
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

const toHtml = unified()
  .use(remarkRehype, {
    handlers: { figure: figureHandler as never },
    footnoteLabel: 'Notes',
    footnoteBackLabel: (index: number) => `Back to reference ${index + 1}`,
  })
  .use(alignmentClasses)
  .use(rehypeSanitize, schema)
  .use(headingIds)
  .use(rehypeStringify);

export function mdastToHtml(tree: Root): string {
  const hast = toHtml.runSync(structuredClone(tree)) as HastRoot;
  return toHtml.stringify(hast);
}

export function markdownToHtml(markdown: string): string {
  return mdastToHtml(parseMarkdown(markdown));
}
