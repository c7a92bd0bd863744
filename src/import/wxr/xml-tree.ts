/**
 * A small, strict XML reader for WordPress exports: elements, attributes,
 * text, CDATA, comments and processing instructions (XML 1.0, section 2).
 * It exists for its errors: a malformed export is refused with the line and
 * column of the first fault, which a lenient HTML-style parser cannot say.
 * Namespaces are kept as written (`wp:post_id`), as WXR always spells them so.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
  line: number;
}

export class XmlSyntaxError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(`line ${line}, column ${column}: ${message}`);
    this.name = 'XmlSyntaxError';
  }
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /[A-Za-z_:][\w.:-]*/y;

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    // Entities XML does not define (HTML's &nbsp;) are left for the HTML reader of the content.
    return ENTITIES[ref] ?? whole;
  });
}

export function parseXml(source: string): XmlElement {
  const text = source.replace(/^\ufeff/, '');
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  /** Zero-based index of the line holding offset `at` (binary search over line starts). */
  const lineIndex = (at: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const fail = (message: string, at: number): never => {
    const line = lineIndex(at);
    throw new XmlSyntaxError(message, line + 1, at - (lineStarts[line] ?? 0) + 1);
  };
  const lineOf = (at: number): number => lineIndex(at) + 1;

  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let at = 0;
  const until = (marker: string, what: string): number => {
    const end = text.indexOf(marker, at);
    if (end < 0) fail(`${what} is never closed (expected "${marker}")`, at);
    return end;
  };

  while (at < text.length) {
    const lt = text.indexOf('<', at);
    const chunk = text.slice(at, lt < 0 ? text.length : lt);
    if (chunk) {
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(decode(chunk));
      else if (chunk.trim()) fail('text outside the root element', at);
    }
    if (lt < 0) break;
    at = lt;
    if (text.startsWith('<!--', at)) {
      at = until('-->', 'a comment') + 3;
    } else if (text.startsWith('<![CDATA[', at)) {
      const parent = stack[stack.length - 1];
      if (!parent) fail('CDATA outside the root element', at);
      const start = at + 9;
      at = until(']]>', 'a CDATA section');
      parent?.children.push(text.slice(start, at));
      at += 3;
    } else if (text.startsWith('<?', at)) {
      at = until('?>', 'a processing instruction') + 2;
    } else if (text.startsWith('<!', at)) {
      at = until('>', 'a declaration') + 1;
    } else if (text.startsWith('</', at)) {
      NAME.lastIndex = at + 2;
      const match = NAME.exec(text);
      if (!match) fail('a closing tag without a name', at);
      const name = match?.[0] ?? '';
      const open = stack.pop();
      if (!open) fail(`closing tag </${name}> with no element open`, at);
      if (open && open.name !== name) fail(`closing tag </${name}> does not match <${open.name}> opened on line ${open.line}`, at);
      const end = text.indexOf('>', at);
      if (end < 0 || text.slice(NAME.lastIndex, end).trim()) fail(`malformed closing tag </${name}>`, at);
      at = end + 1;
    } else {
      const start = at;
      NAME.lastIndex = at + 1;
      const match = NAME.exec(text);
      if (!match) fail('"<" that does not start a tag (write &lt; in text)', at);
      const element: XmlElement = { name: match?.[0] ?? '', attributes: {}, children: [], line: lineOf(start) };
      at = NAME.lastIndex;
      for (;;) {
        while (/\s/.test(text.charAt(at))) at++;
        if (at >= text.length) fail(`tag <${element.name}> is never closed`, start);
        if (text.startsWith('/>', at) || text.charAt(at) === '>') break;
        NAME.lastIndex = at;
        const attribute = NAME.exec(text);
        if (!attribute) fail(`unexpected "${text.charAt(at)}" in tag <${element.name}>`, at);
        at = NAME.lastIndex;
        while (/\s/.test(text.charAt(at))) at++;
        if (text.charAt(at) !== '=') fail(`attribute ${attribute?.[0]} of <${element.name}> has no value`, at);
        at++;
        while (/\s/.test(text.charAt(at))) at++;
        const quote = text.charAt(at);
        if (quote !== '"' && quote !== "'") fail(`the value of attribute ${attribute?.[0]} must be quoted`, at);
        const close = text.indexOf(quote, at + 1);
        if (close < 0) fail(`the value of attribute ${attribute?.[0]} is never closed`, at);
        element.attributes[attribute?.[0] ?? ''] = decode(text.slice(at + 1, close));
        at = close + 1;
      }
      const isEmpty = text.startsWith('/>', at);
      at += isEmpty ? 2 : 1;
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) fail(`a second root element <${element.name}>`, start);
      else root = element;
      if (!isEmpty) stack.push(element);
    }
  }
  const open = stack[stack.length - 1];
  if (open) fail(`<${open.name}> opened on line ${open.line} is never closed`, text.length);
  if (!root) fail('no root element', 0);
  return root as XmlElement;
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function childElement(element: XmlElement, name: string): XmlElement | undefined {
  return childElements(element, name)[0];
}

export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** The text of a child element, trimmed ('' when missing). */
export function childText(element: XmlElement, name: string): string {
  return textOf(childElement(element, name)).trim();
}
