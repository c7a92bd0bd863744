import { cleanText, type PageLine } from '../text/page-lines.js';

/**
 * A DOM subtree as page lines: one line per block (paragraph, heading, list
 * item, caption), images as lines of their own. The HTML says what each
 * block is, so lines carry a `kind`, and the text rules need not guess.
 */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
  getAttribute?(name: string): string | null;
}

const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'UL', 'OL', 'LI',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'DL', 'DT', 'DD', 'PRE', 'HR', 'ADDRESS', 'FORM']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'HEAD']);

export function domToLines(root: DomNode): PageLine[] {
  const lines: PageLine[] = [];
  let inline = '';
  let inlineKind: PageLine['kind'];

  const flush = () => {
    const text = cleanText(inline.replace(/\s+/g, ' '));
    if (text) lines.push(inlineKind ? { text, isBullet: false, kind: inlineKind } : { text, isBullet: false });
    inline = '';
    inlineKind = undefined;
  };
  const blank = () => {
    flush();
    if (lines.length && lines[lines.length - 1]?.text !== '') lines.push({ text: '', isBullet: false });
  };

  const walk = (node: DomNode, kind: PageLine['kind']) => {
    if (node.nodeType === 3) {
      inline += node.textContent ?? '';
      if (kind && !inlineKind) inlineKind = kind;
      return;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName)) return;
    const name = node.nodeName;
    if (name === 'BR') {
      flush();
      return;
    }
    if (name === 'IMG') {
      const src = node.getAttribute?.('src') ?? '';
      if (!src || src.startsWith('data:')) return;
      blank();
      lines.push({ text: '', isBullet: false, kind: 'image', image: { src, alt: cleanText(node.getAttribute?.('alt') ?? '') } });
      return;
    }
    const isBlock = BLOCKS.has(name);
    let childKind = kind;
    if (/^H[2-6]$/.test(name)) childKind = 'heading';
    else if (name === 'H1') childKind = 'heading';
    else if (name === 'LI') childKind = node.parentNode?.nodeName === 'OL' ? 'ordered-item' : 'list-item';
    else if (name === 'FIGCAPTION' || /\b(wp-caption-text|caption)\b/.test(node.getAttribute?.('class') ?? '')) childKind = 'caption';
    if (isBlock) {
      if (name === 'LI' || name === 'TR' || name === 'TD' || name === 'TH') flush();
      else blank();
    }
    const children = Array.from(node.childNodes);
    for (const child of children) walk(child, childKind);
    if (name === 'TD' || name === 'TH') inline += ' ';
    if (isBlock) {
      if (name === 'LI' || name === 'TR') flush();
      else blank();
    }
  };

  walk(root, undefined);
  flush();
  return lines;
}
