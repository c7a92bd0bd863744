import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './markdown-to-html.js';
import { markdownToText } from './markdown-to-text.js';
import { figureMarkdown, parseFigureFields } from './figure-node.js';
import { listFigures, parseMarkdown } from './parse-markdown.js';

const FIGURE = figureMarkdown({
  src: '/files/demo/ip24112-figure.jpg',
  alt: 'Leaders at a summit',
  caption: 'In 2025, Japan should continue its approach of strengthening partnerships.',
  credit: 'Image from Prime Minister’s Office of Japan via Wikimedia Commons.',
});

describe('Markdown to HTML', () => {
  it('renders CommonMark, GFM tables, footnotes and section anchors', () => {
    const html = markdownToHtml([
      '## Relations with China', '', 'A *bold* claim.[^1]', '',
      '| Year | Visits |', '|:-----|-------:|', '| 2024 | 3 |', '', '[^1]: The source.',
    ].join('\n'));
    expect(html).toContain('<h2 id="relations-with-china">Relations with China</h2>');
    expect(html).toContain('<em>bold</em>');
    expect(html).toMatch(/<table>[\s\S]*<td class="align-left">2024<\/td>[\s\S]*<td class="align-right">3<\/td>[\s\S]*<\/table>/);
    expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref');
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('The source.');
  });

  it('renders the figure form with image, caption and credit', () => {
    const html = markdownToHtml(`Before.\n\n${FIGURE}\n\nAfter.`);
    expect(html).toContain('<figure><img src="/files/demo/ip24112-figure.jpg" alt="Leaders at a summit"');
    expect(html).toContain('<figcaption>In 2025, Japan should continue its approach of strengthening partnerships. <span class="credit">Image from Prime Minister’s Office of Japan via Wikimedia Commons.</span></figcaption>');
    expect(listFigures(parseMarkdown(FIGURE))[0]).toMatchObject({ src: '/files/demo/ip24112-figure.jpg', credit: 'Image from Prime Minister’s Office of Japan via Wikimedia Commons.' });
  });

  it('reads every field of a figure sent with CRLF line ends, as browsers send form text', () => {
    const html = markdownToHtml(`Before.\r\n\r\n${FIGURE.replace(/\n/g, '\r\n')}\r\n\r\nAfter.`);
    expect(listFigures(parseMarkdown(FIGURE.replace(/\n/g, '\r\n')))[0]).toMatchObject({ src: '/files/demo/ip24112-figure.jpg', alt: 'Leaders at a summit' });
    expect(html).toContain('<figure><img src="/files/demo/ip24112-figure.jpg" alt="Leaders at a summit"');
  });

  it('round-trips figure fields, including a caption wrapped over lines', () => {
    const fields = parseFigureFields('src: /a.jpg\nalt: A\ncaption: A long caption\n  that wraps.\ncredit: Me');
    expect(fields).toEqual({ src: '/a.jpg', alt: 'A', caption: 'A long caption that wraps.', credit: 'Me' });
    expect(parseFigureFields(figureMarkdown(fields).split('\n').slice(1, -1).join('\n'))).toEqual(fields);
  });

  it.each([
    ['a script element', '<script>alert(1)</script>\n\nText', /<script/i],
    ['an inline event handler', '<img src=x onerror="alert(1)">', /onerror/i],
    ['raw HTML with style', '<div style="position:fixed">x</div>', /style=|<div/i],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['a figure caption with HTML', '```figure\nsrc: /a.jpg\nalt: "><script>x</script>\ncaption: <b onclick=x>hi</b>\ncredit: d\n```', /<script|onclick|<b /i],
    ['a form', '<form action="https://evil.example"><input name=x></form>', /<form|<input/i],
  ])('makes %s inert', (_what, markdown, forbidden) => {
    // Markup inside a quoted attribute value is inert (its quote is escaped),
    // so markup is looked for outside attribute values.
    const outsideAttributes = markdownToHtml(markdown).replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toMatch(forbidden);
  });

  it.each([
    ['a javascript: link', '[click](javascript:alert(1))'],
    ['a javascript: image', '![x](javascript:alert(1))'],
    ['a data: URL link', '[x](data:text/html;base64,PHNjcmlwdD4=)'],
    ['a figure with a javascript: src', '```figure\nsrc: javascript:alert(1)\nalt: x\ncaption: c\ncredit: d\n```'],
    ['a vbscript: link', '[x](vbscript:msgbox)'],
  ])('drops the URL of %s', (_what, markdown) => {
    expect(markdownToHtml(markdown)).not.toMatch(/javascript:|data:text|vbscript:/i);
  });

  it('keeps the text of hostile input readable where it is text', () => {
    expect(markdownToHtml('Use `<script>` tags & "quotes"')).toContain('<code>&#x3C;script></code> tags &#x26; "quotes"');
  });
});

describe('Markdown to plain text', () => {
  it('keeps headings, paragraphs, captions, credits, tables and footnotes, without markup', () => {
    const text = markdownToText(`## Heading\n\nA [link](https://x.example) and **strong**.[^n]\n\n${FIGURE}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^n]: Footnote text.`);
    expect(text.split('\n\n')).toEqual([
      'Heading',
      'A link and strong.',
      'In 2025, Japan should continue its approach of strengthening partnerships. Image from Prime Minister’s Office of Japan via Wikimedia Commons.',
      'a | b',
      '1 | 2',
      'Footnote text.',
    ]);
  });
});
