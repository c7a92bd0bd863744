import type { Root, RootContent, PhrasingContent, List, Table, Definition, FootnoteDefinition, Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { FigureNode } from '../markdown/figure-node.js';
import { typstString, typstText } from './typst-string.js';
import { safeLinkUrl } from './safe-link-url.js';

export interface TypstSerializeOptions {
  /**
   * The path inside the Typst root of the image a Markdown `src` names
   * (`/media/0.jpg`), or null when it cannot be shown. The caller places the
   * files; this serializer does no I/O.
   */
  imagePath: (src: string) => string | null;
  /** Relative links (`/publications/...`) are made absolute against this URL. */
  linkBase?: string;
  /** Footnote labels get this prefix so two serialized trees in one document never collide. */
  labelPrefix?: string;
}

interface State {
  options: TypstSerializeOptions;
  definitions: Map<string, Definition>;
  footnotes: Map<string, FootnoteDefinition>;
  /** Footnote identifiers already printed, with the label of their first occurrence. */
  footnoteLabels: Map<string, string>;
  /** Footnotes being expanded, so a definition that cites itself cannot recurse. */
  footnoteStack: Set<string>;
  headingOffset: number;
}

/**
 * mdast -> Typst markup. The output is made only of calls to Typst functions
 * (built-in ones and those of the house template, `house.typ`), labels this
 * function generates, and string literals for every piece of text, URL and
 * alt text; see typst-string.ts for why that makes input inert.
 * Footnote definitions print at their first reference, as `#footnote[...]`,
 * so Typst sets them at the foot of that page.
 */
export function mdastToTypst(tree: Root, options: TypstSerializeOptions): string {
  const state: State = {
    options,
    definitions: new Map(),
    footnotes: new Map(),
    footnoteLabels: new Map(),
    footnoteStack: new Set(),
    headingOffset: headingOffset(tree),
  };
  for (const node of tree.children) {
    if (node.type === 'definition') state.definitions.set(node.identifier, node);
    if (node.type === 'footnoteDefinition') state.footnotes.set(node.identifier, node);
  }
  return blocks(tree.children, state, true);
}

/** The shallowest heading of the body becomes level 1: bodies start their sections at `##`. */
function headingOffset(tree: Root): number {
  let min = 6;
  for (const node of tree.children) if (node.type === 'heading') min = Math.min(min, node.depth);
  return min - 1;
}

function blocks(nodes: RootContent[], state: State, isLoose: boolean): string {
  const parts = nodes.map((node) => block(node, state)).filter((part) => part !== '');
  return parts.join(isLoose ? '\n\n' : '\n');
}

function block(node: RootContent, state: State): string {
  switch (node.type) {
    case 'paragraph': {
      const only = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
      if (only.length === 1 && only[0]?.type === 'image') return blockImage(only[0].url, only[0].alt ?? '', state);
      return inlines(node.children, state);
    }
    case 'heading':
      return heading(node, state);
    case 'thematicBreak':
      return '#house-rule();';
    case 'blockquote':
      return `#quote(block: true)[${blocks(node.children, state, true)}];`;
    case 'list':
      return list(node, state);
    case 'code':
      return `#raw(block: true, lang: ${codeLanguage(node.lang)}, ${typstString(node.value)});`;
    case 'table':
      return table(node, state);
    case 'figure':
      return figure(node, state);
    case 'listItem':
      return blocks(node.children, state, node.spread ?? false);
    // Raw HTML is the web's business; definitions and footnote bodies print where they are used.
    default:
      return '';
  }
}

function heading(node: Heading, state: State): string {
  const level = Math.max(1, node.depth - state.headingOffset);
  return `#heading(level: ${level})[${inlines(node.children, state)}];`;
}

function list(node: List, state: State): string {
  const isTight = !(node.spread || node.children.some((item) => item.spread));
  const items = node.children.map((item) => {
    const box = typeof item.checked === 'boolean' ? `#house-checkbox(${item.checked});` : '';
    return `[${box}${blocks(item.children, state, !isTight)}]`;
  });
  const args = [`tight: ${isTight}`];
  // A checklist shows its boxes instead of bullets.
  if (!node.ordered && node.children.every((item) => typeof item.checked === 'boolean')) args.push('marker: []');
  if (node.ordered && node.start !== null && node.start !== undefined && node.start !== 1) args.push(`start: ${Math.trunc(node.start)}`);
  return `#${node.ordered ? 'enum' : 'list'}(${[...args, ...items].join(', ')});`;
}

function table(node: Table, state: State): string {
  const columns = Math.max(1, ...node.children.map((row) => row.children.length));
  const align = Array.from({ length: columns }, (_, index) => {
    const value = node.align?.[index];
    return value === 'center' ? 'center' : value === 'right' ? 'right' : 'left';
  });
  const rows = node.children.map((row) => {
    const cells = Array.from({ length: columns }, (_, index) => {
      const cell = row.children[index];
      return `[${cell ? inlines(cell.children, state) : ''}]`;
    });
    return cells.join(', ');
  });
  const [header, ...body] = rows;
  const parts = [`columns: (${columnWeights(node, columns).map((w) => `${w}fr`).join(', ')},)`, `align: (${align.join(', ')},)`, `table.header(${header ?? ''})`, ...body];
  return `#house-table(table(${parts.join(',\n  ')}));`;
}

/**
 * Tables span the measure; each column gets a share by the longest text it
 * holds (within bounds), so a column of numbers stays narrow and a column of
 * prose gets room.
 */
function columnWeights(node: Table, columns: number): number[] {
  return Array.from({ length: columns }, (_, index) => {
    const longest = Math.max(0, ...node.children.map((row) => {
      const cell = row.children[index];
      return cell ? toString(cell).length : 0;
    }));
    return Math.min(48, Math.max(5, longest));
  });
}

function figure(node: FigureNode, state: State): string {
  const path = node.src ? state.options.imagePath(node.src) : null;
  const caption = node.children.length > 0 ? `[${inlines(node.children, state)}]` : 'none';
  const credit = node.credit ? typstString(node.credit) : 'none';
  return `#house-figure(${path === null ? 'none' : typstString(path)}, alt: ${typstString(node.alt)}, caption: ${caption}, credit: ${credit});`;
}

function blockImage(src: string, alt: string, state: State): string {
  const path = state.options.imagePath(src);
  if (path === null) return alt ? `#emph[${typstText(alt)}];` : '';
  return `#house-figure(${typstString(path)}, alt: ${typstString(alt)}, caption: none, credit: none);`;
}

function codeLanguage(lang: string | null | undefined): string {
  return lang && /^[A-Za-z0-9_+#.-]{1,32}$/.test(lang) ? typstString(lang) : 'none';
}

function inlines(nodes: PhrasingContent[], state: State): string {
  return nodes.map((node) => inline(node, state)).join('');
}

function inline(node: PhrasingContent, state: State): string {
  switch (node.type) {
    case 'text':
      return typstText(node.value);
    case 'emphasis':
      return `#emph[${inlines(node.children, state)}];`;
    case 'strong':
      return `#strong[${inlines(node.children, state)}];`;
    case 'delete':
      return `#strike[${inlines(node.children, state)}];`;
    case 'inlineCode':
      return `#raw(${typstString(node.value)});`;
    case 'break':
      return '#linebreak();';
    case 'link':
      return link(node.url, inlines(node.children, state), state);
    case 'linkReference': {
      const definition = state.definitions.get(node.identifier);
      const content = inlines(node.children, state);
      return definition ? link(definition.url, content, state) : content;
    }
    case 'image':
    case 'imageReference': {
      const url = node.type === 'image' ? node.url : state.definitions.get(node.identifier)?.url;
      const path = url ? state.options.imagePath(url) : null;
      const alt = node.alt ?? '';
      if (path === null) return alt ? `#emph[${typstText(alt)}];` : '';
      return `#house-inline-image(${typstString(path)}, alt: ${typstString(alt)});`;
    }
    case 'footnoteReference':
      return footnote(node.identifier, state);
    default:
      // Inline HTML prints nothing, as on the website after sanitising.
      return '';
  }
}

function link(url: string, content: string, state: State): string {
  const href = safeLinkUrl(url, state.options.linkBase);
  if (href === null) return content;
  return `#link(${typstString(href)})[${content}];`;
}

function footnote(identifier: string, state: State): string {
  if (state.footnoteStack.has(identifier)) return '';
  const seen = state.footnoteLabels.get(identifier);
  if (seen) return `#footnote(<${seen}>);`;
  const definition = state.footnotes.get(identifier);
  if (!definition) return '';
  const prefix = /^[a-z][a-z0-9-]{0,20}$/.test(state.options.labelPrefix ?? '') ? state.options.labelPrefix : 'fn';
  const label = `${prefix}-${state.footnoteLabels.size + 1}`;
  state.footnoteLabels.set(identifier, label);
  state.footnoteStack.add(identifier);
  const content = blocks(definition.children, state, true);
  state.footnoteStack.delete(identifier);
  // A label is not an expression, so it takes no `;` (that would print).
  return `#footnote[${content}]<${label}>`;
}
