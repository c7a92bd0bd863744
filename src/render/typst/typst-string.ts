/**
 * The one escaping rule of the PDF pipeline. Text from a publication never
 * reaches Typst as markup: it is always a Typst string literal, and inside a
 * string literal only the backslash and the double quote mean anything
 * (https://typst.app/docs/reference/foundations/str/ — escapes are `\\`, `\"`,
 * `\n`, `\r`, `\t`, `\u{...}`). Escaping those, and dropping control
 * characters, makes any input inert: `#read(...)`, `$x$`, `<label>`, `*bold*`
 * stay the characters they are.
 */
const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** C0/C1 controls (but tab, newline, return) and lone surrogates have no business in print. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function typstString(value: string): string {
  return `"${value.replace(UNPRINTABLE, '').replace(/[\\"\n\r\t]/g, (char) => ESCAPES[char] ?? '')}"`;
}

/**
 * Running text as markup that holds only embedded string literals. Straight
 * quotes become Typst `smartquote` elements, so "quoted" and it's get
 * typographic quotes the way Typst's own markup would give them; soft line
 * breaks of the source are spaces. Each expression ends with `;` so that no
 * character after it can extend it (`#"a".len()` would call a method).
 */
export function typstText(value: string): string {
  const text = value.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
  let out = '';
  for (const part of text.split(/(["'])/)) {
    if (part === '"') out += '#smartquote(double: true);';
    else if (part === "'") out += '#smartquote(double: false);';
    else if (part !== '') out += `#${typstString(part)};`;
  }
  return out;
}

/** A string as a Typst content block holding only that text: `[#"..."]`. */
export function typstContent(value: string): string {
  return `[${typstText(value)}]`;
}
