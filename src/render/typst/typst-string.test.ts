import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { afterAll, describe, expect, it } from 'vitest';
import { typstString, typstText } from './typst-string.js';

/**
 * Proof by Typst itself: random strings made of everything Typst treats
 * specially are written as literals, evaluated, and read back with a query.
 */
const ALPHABET = [
  ...'#$@<>*_`\\[]=/~"\'(){};:,.-+^&|!?%', ' ', '\n', '\r', '\t', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085',
  'a', 'Z', '0', 'é', '“', '—', '日本', '𝔸', '🙂', '\ud800', '\udfff', '\u200b',
  '#read("/etc/passwd")', '#import "@preview/x:0.1.0": *', '#set page(width: 1cm)', '#show: none', '<label>', '@ref', '$x$',
  '```', '//', '/*', '*/', '\\u{41}', '\\"', '"#', '];', ')[',
];

function randomStrings(count: number, seed: number): string[] {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  return Array.from({ length: count }, () => Array.from({ length: next() % 24 }, () => ALPHABET[next() % ALPHABET.length]).join(''));
}

/** What survives: control characters and lone surrogates are dropped, nothing else changes. */
function printable(value: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}

const root = mkdtempSync(join(tmpdir(), 'imprint-typst-string-'));
const compiler = NodeCompiler.create({ workspace: root });
afterAll(() => rmSync(root, { recursive: true, force: true }));

function query(source: string): unknown {
  compiler.mapShadow(join(root, 'main.typ'), Buffer.from(source));
  return compiler.query({ mainFilePath: join(root, 'main.typ') }, { selector: '<probe>', field: 'value' });
}

describe('typstString', () => {
  it('escapes only what a string literal needs', () => {
    expect(typstString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
    expect(typstString('#read("/etc/passwd")')).toBe('"#read(\\"/etc/passwd\\")"');
  });

  it('evaluates back to the same text for any input (500 random strings)', () => {
    const samples = randomStrings(500, 42);
    const source = `#metadata((${samples.map(typstString).join(', ')},)) <probe>`;
    expect(query(source)).toEqual([samples.map(printable)]);
  });
});

describe('typstText', () => {
  it('makes running text of text and smart quotes only, whatever the input (500 random strings)', () => {
    const samples = randomStrings(500, 7);
    // Rebuild each string from the elements the markup produced; anything
    // but text and smartquote (a heading, a label, code...) shows as UNEXPECTED.
    const rebuild = (markup: string): string => `{
      let c = [${markup}]
      let parts = if c.has("children") { c.children } else if c == [] { () } else { (c,) }
      parts.map(x => if x.func() == text { x.text } else if x.func() == smartquote { if x.double { "\\"" } else { "'" } } else { "UNEXPECTED" + repr(x.func()) }).join()
    }`;
    const source = `#metadata((${samples.map((s) => rebuild(typstText(s))).join(',\n')},)) <probe>`;
    const expected = samples.map((s) => printable(s.replace(/[ \t]*\r?\n[ \t]*/g, ' ')) || null);
    const result = (query(source) as (string | null)[][])[0]?.map((value) => value || null);
    expect(result).toEqual(expected);
  });
});
