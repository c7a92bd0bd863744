import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figureMarkdown } from '../../src/render/markdown/figure-node.js';
import { renderPublicationPdf, type RenderedPdf } from '../../src/render/typst/render-publication-pdf.js';
import { houseColors } from '../../src/render/typst/house-colors.js';
import { templateData, type PdfInput } from '../../src/render/typst/pdf-input.js';
import { TypstPdfCompiler } from '../../src/render/typst/typst-compiler.js';
import { literalOf, pdfImageCount, pdfInfo, pdfToText } from './support/poppler.js';

/**
 * Text that would be code if it reached Typst as markup. Each is short enough
 * to sit on one line, so the PDF's text can be compared character for
 * character (typographic quotes aside).
 */
const HOSTILE = [
  '#read("/etc/passwd")',
  '#import "@preview/cetz:0.3.0": *',
  '#include "/etc/hostname"',
  '#image("/etc/passwd")',
  '#set page(width: 3cm, height: 3cm, fill: red)',
  '#show regex("[a-z]+"): none',
  '#set text(size: 40pt)',
  '#eval("1 + 1") #panic("boom")',
  '$x^2 + y_1$ and $$ E = mc^2 $$',
  '@fn-1 and <body-1> and <label>',
  '*not strong* _not emph_ `not raw`',
  '\\ backslash \\u{41} [brackets] ] [',
  '= not a heading / not a term ~ tilde',
  '// not a comment /* nor this */',
  '"]; #panic("x"); ["',
  '\\"); #panic(1); //',
  '#{ let x = read("/etc/passwd"); x }',
];

/** Markdown's own escapes (CommonMark 2.4), so the body's text is exactly the sample. */
const asMarkdownText = (value: string): string => value.replace(/[!-/:-@[-`{-~]/g, '\\$&');

describe('hostile text in every field', () => {
  let dir: string;
  let rendered: RenderedPdf;
  let text: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'imprint-pdf-hostile-'));
    const notAnImage = join(dir, 'passwd.jpg');
    writeFileSync(notAnImage, 'root:x:0:0:root:/root:/bin/bash\n');
    const body = [
      '## #show heading: it => "PWNED"',
      ...HOSTILE.map(asMarkdownText),
      `- ${asMarkdownText(HOSTILE[0] ?? '')}\n- ${asMarkdownText(HOSTILE[4] ?? '')}`,
      `| ${asMarkdownText(HOSTILE[1] ?? '')} | ${asMarkdownText(HOSTILE[8] ?? '')} |\n|---|---|\n| ${asMarkdownText(HOSTILE[10] ?? '')} | ${asMarkdownText(HOSTILE[3] ?? '')} |`,
      `Inline \`${HOSTILE[2]}\` code and [${asMarkdownText(HOSTILE[9] ?? '')}](<https://example.org/q?a="x")&b=(1)>) link.[^evil]`,
      // Markdown that means something still means it: emphasis, not Typst.
      '*real emphasis* and <b>raw html</b>',
      '````\n```\n#read("/etc/passwd")\n```\n````',
      figureMarkdown({ src: '/files/../../../etc/passwd', alt: HOSTILE[0] ?? '', caption: HOSTILE[5] ?? '', credit: HOSTILE[6] ?? '' }),
      '[javascript](javascript:alert(1)) and [data](data:text/html,x)',
      `[^evil]: ${asMarkdownText(HOSTILE[7] ?? '')}`,
    ].join('\n\n');
    const input: PdfInput = {
      title: HOSTILE[0] ?? '', seriesName: HOSTILE[4] ?? '', code: HOSTILE[8] ?? null, authors: [HOSTILE[9] ?? '', HOSTILE[14] ?? ''],
      dateText: HOSTILE[15] ?? '', synopsis: HOSTILE[16] ?? '', bodyMarkdown: body, bioMarkdown: HOSTILE[1] ?? '',
      categories: [{ label: HOSTILE[11] ?? '', terms: [HOSTILE[12] ?? ''] }], keywords: [HOSTILE[13] ?? ''],
      canonicalUrl: 'https://example.org/p?q="x")#<y>',
      institute: { name: HOSTILE[5] ?? '', tagline: HOSTILE[6], copyrightHolder: HOSTILE[7], accentColor: '#7a1a2e', logoPath: notAnImage },
      // The resolver maps a path-traversing src to a file outside any media folder: still not an image.
      resolveMedia: () => notAnImage,
    };
    rendered = await renderPublicationPdf(input);
    text = pdfToText(rendered.pdf);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints every hostile string literally', () => {
    const printed = literalOf(text);
    for (const sample of HOSTILE) expect(printed).toContain(literalOf(sample));
    expect(printed).toContain('#show heading: it => "PWNED"');
    expect(printed).toContain('```\n#read("/etc/passwd")\n```'.replace(/\n/g, ' '));
  });

  it('reads no file and shows no injected image', () => {
    expect(text).not.toContain('root:x:0:0');
    expect(pdfImageCount(rendered.pdf)).toBe(0);
  });

  it('lets no page or text setting through: every page stays A4, the body text stays', () => {
    const info = pdfInfo(rendered.pdf, rendered.pageCount);
    for (let page = 1; page <= rendered.pageCount; page += 1) {
      expect(info[`Page ${String(page).padStart(4)} size`]).toContain('(A4)');
    }
    expect(text).toContain('real emphasis');
    expect(text).toMatch(/Page 1 of \d/);
  });

  it('keeps metadata literal', () => {
    const info = pdfInfo(rendered.pdf);
    expect(info.Title).toBe(HOSTILE[0]);
    expect(info.Author).toContain('@fn-1 and <body-1> and <label>');
    expect(info.Keywords).toBe(HOSTILE[13]);
  });

  it('keeps a URL with quotes and parentheses whole, and drops script and data links', () => {
    const raw = rendered.pdf.toString('latin1');
    expect(raw).toMatch(/\/URI \(https:\/\/example\.org\/q\?a=%22x%22\\?\)&b=\\?\(1\\?\)\)/);
    expect(raw).not.toMatch(/javascript:|data:text/);
  });
});

describe('the compiler sandbox', () => {
  const compiler = new TypstPdfCompiler();
  const data = Buffer.from(JSON.stringify(templateData({
    title: 'Sandbox', seriesName: 'S', code: null, authors: [], dateText: '', synopsis: '', bodyMarkdown: '', bioMarkdown: '',
    categories: [], canonicalUrl: '', institute: { name: 'I', accentColor: '#000000', logoPath: null }, resolveMedia: () => null,
  }, { logo: null, hasBio: false })));
  const style = Buffer.from(JSON.stringify(houseColors('#000000')));
  const compileBody = (body: string) => compiler.compile(new Map([
    ['/data.json', data], ['/style.json', style], ['/body.typ', Buffer.from(body)], ['/bio.typ', Buffer.from('')],
  ]));

  it('compiles an ordinary body', () => {
    expect(compileBody('Hello.').pageCount).toBe(1);
  });

  it.each([
    ['an absolute path', '#read("/etc/passwd")', /file not found/],
    ['a path climbing out of the root', '#read("../../../../../../etc/passwd")', /outside of project root|access denied/],
    ['an image from the system', '#image("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")', /file not found/],
    ['an include of a system file', '#include "/etc/hostname"', /file not found/],
    ['a package import', '#import "@preview/cetz:0.3.0": *', /package|download|network|failed/i],
  ])('refuses %s even to template code', (_what, body, error) => {
    expect(() => compileBody(body)).toThrow(error);
  });

  it('forgets one document’s files before the next', () => {
    expect(() => compiler.compile(new Map([['/data.json', data], ['/style.json', style], ['/bio.typ', Buffer.from('')]]))).toThrow(/file not found/);
  });
});
