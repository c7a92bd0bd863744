import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import { mdastToTypst } from './mdast-to-typst.js';

const toTypst = (markdown: string, images: Record<string, string> = {}): string =>
  mdastToTypst(parseMarkdown(markdown), { imagePath: (src) => images[src] ?? null, linkBase: 'https://example.org/pubs/x', labelPrefix: 'body' });

describe('mdast -> Typst', () => {
  it('writes headings from level 1, shifting a body that starts at ##', () => {
    expect(toTypst('## Section\n\n### Sub')).toBe('#heading(level: 1)[#"Section";];\n\n#heading(level: 2)[#"Sub";];');
  });

  it('writes inline formatting as function calls around string literals', () => {
    expect(toTypst('A *b* **c** ~~d~~ `e` f  \ng')).toBe(
      '#"A ";#emph[#"b";];#" ";#strong[#"c";];#" ";#strike[#"d";];#" ";#raw("e");#" f";#linebreak();#"g";',
    );
  });

  it('keeps safe links, makes relative ones absolute and drops the rest to their text', () => {
    expect(toTypst('[a](https://x.example/p?q="1")')).toBe('#link("https://x.example/p?q=%221%22")[#"a";];');
    expect(toTypst('[b](/people/sarah-soh)')).toBe('#link("https://example.org/people/sarah-soh")[#"b";];');
    expect(toTypst('[c](javascript:alert(1)) [d](#top) [e](data:text/html,x)')).toBe('#"c";#" ";#"d";#" ";#"e";');
    expect(toTypst('[f][r]\n\n[r]: mailto:a@b.example')).toBe('#link("mailto:a@b.example")[#"f";];');
  });

  it('writes lists with tightness, start numbers, nesting and task boxes', () => {
    expect(toTypst('- a\n  - b\n- c')).toBe('#list(tight: true, [#"a";\n#list(tight: true, [#"b";]);], [#"c";]);');
    expect(toTypst('7. x\n8. y')).toBe('#enum(tight: true, start: 7, [#"x";], [#"y";]);');
    expect(toTypst('- [x] done\n- [ ] open')).toBe('#list(tight: true, marker: [], [#house-checkbox(true);#"done";], [#house-checkbox(false);#"open";]);');
  });

  it('writes GFM tables with alignment and column shares', () => {
    const typst = toTypst('| Country | Vessels |\n|:--|--:|\n| Indonesia | 12 |\n| Viet Nam |');
    expect(typst).toContain('#house-table(table(columns: (9fr, 7fr,)');
    expect(typst).toContain('align: (left, right,)');
    expect(typst).toContain('table.header([#"Country";], [#"Vessels";])');
    expect(typst).toContain('[#"Viet Nam";], []');
  });

  it('puts each footnote at its first reference and refers back to it after', () => {
    const typst = toTypst('One.[^a] Two.[^b] Again.[^a]\n\n[^a]: Note *a*.\n\n[^b]: Note b.');
    expect(typst).toBe(
      '#"One.";#footnote[#"Note ";#emph[#"a";];#".";]<body-1>#" Two.";#footnote[#"Note b.";]<body-2>#" Again.";#footnote(<body-1>);',
    );
  });

  it('does not loop on a footnote that cites itself', () => {
    expect(toTypst('X.[^a]\n\n[^a]: See[^a].')).toBe('#"X.";#footnote[#"See";#".";]<body-1>');
  });

  it('writes figures with the placed image path, caption and credit, or without the image when it is missing', () => {
    const figure = '```figure\nsrc: /files/a.jpg\nalt: Alt "text"\ncaption: A *caption*\ncredit: Photo: X\n```';
    expect(toTypst(figure, { '/files/a.jpg': '/media/1.jpg' })).toBe(
      '#house-figure("/media/1.jpg", alt: "Alt \\"text\\"", caption: [#"A ";#emph[#"caption";];], credit: "Photo: X");',
    );
    expect(toTypst(figure)).toBe('#house-figure(none, alt: "Alt \\"text\\"", caption: [#"A ";#emph[#"caption";];], credit: "Photo: X");');
  });

  it('writes code blocks as raw text with a checked language name', () => {
    expect(toTypst('```ts\nconst a = "`#x`";\n```')).toBe('#raw(block: true, lang: "ts", "const a = \\"`#x`\\";");');
    expect(toTypst('```a"b\ncode\n```')).toBe('#raw(block: true, lang: none, "code");');
  });

  it('writes quotes, rules and images; drops raw HTML', () => {
    expect(toTypst('> quoted')).toBe('#quote(block: true)[#"quoted";];');
    expect(toTypst('***')).toBe('#house-rule();');
    expect(toTypst('![A map](/files/m.png)', { '/files/m.png': '/media/2.png' })).toBe('#house-figure("/media/2.png", alt: "A map", caption: none, credit: none);');
    expect(toTypst('Text ![icon](/files/i.png) here', { '/files/i.png': '/media/3.png' })).toContain('#house-inline-image("/media/3.png", alt: "icon");');
    expect(toTypst('![gone](/files/none.png)')).toBe('#emph[#"gone";];');
    expect(toTypst('<div>raw</div>\n\nText <b>x</b>')).toBe('#"Text ";#"x";');
  });
});
