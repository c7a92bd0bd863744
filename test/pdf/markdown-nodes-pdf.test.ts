import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPublicationPdf, type RenderedPdf } from '../../src/render/typst/render-publication-pdf.js';
import type { PdfInput } from '../../src/render/typst/pdf-input.js';
import { writeSampleImage } from './support/sample-image.js';
import { lettersOf, literalOf, pdfImageCount, pdfToText } from './support/poppler.js';

/** One document holding every kind of Markdown node the body may contain. */
const BODY = `
Opening paragraph with *emphasis*, **strong words**, ~~struck text~~, \`inline code\`,
a [web link](https://example.org/web-link), an autolink <https://example.org/autolink>,
a [relative link](/publications/idss-papers) and a [reference link][ref].
A hard line break follows here  
and continues on the next line.[^first]

## Section heading two

### Subsection heading three

#### Minor heading four

- Bullet one
- Bullet two
  - Nested bullet
    - Deeper bullet
- Bullet three

7. Seventh item
8. Eighth item

- [x] Finished task
- [ ] Open task

> Quoted paragraph one.
>
> Quoted paragraph two.

\`\`\`ts
const fence = "\`\`\` backticks #inside";
\`\`\`

| Left column | Centre column | Right column |
|:------------|:-------------:|-------------:|
| alpha       | beta          | 1,234.5      |
| gamma       | delta         | 6.0          |

\`\`\`figure
src: /files/demo/chart.png
alt: A bar chart
caption: Figure caption with *emphasis*.
credit: Credit: Example Statistics Office.
\`\`\`

![Standalone image alt](/files/demo/photo.jpg)

---

Closing paragraph citing the first note again.[^first] And a second note.[^second]

[ref]: https://example.org/reference-link

[^first]: The first footnote text.

[^second]: The second footnote, with a [link](https://example.org/in-note).
`;

describe('every Markdown node in the PDF', () => {
  let dir: string;
  let rendered: RenderedPdf;
  let text: string;
  let raw: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'imprint-pdf-nodes-'));
    const files: Record<string, string> = {
      '/files/demo/chart.png': await writeSampleImage(dir, 'chart.png', { hue: 200 }),
      '/files/demo/photo.jpg': await writeSampleImage(dir, 'photo.jpg', { width: 400, height: 600, hue: 40 }),
    };
    const input: PdfInput = {
      title: 'Every node', seriesName: 'Working Papers', code: 'WP001', authors: ['A. Author'], dateText: 'January 2025',
      date: '2025-01', synopsis: 'Synopsis text.', bodyMarkdown: BODY, bioMarkdown: '*A. Author* is a **fellow**.',
      categories: [{ label: 'Themes', terms: ['Testing'] }], canonicalUrl: 'https://example.org/publications/working-papers/wp001',
      institute: { name: 'Test Institute', accentColor: '#1d4e89', logoPath: null }, resolveMedia: (src) => files[src] ?? null,
    };
    rendered = await renderPublicationPdf(input);
    text = pdfToText(rendered.pdf);
    raw = rendered.pdf.toString('latin1');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the text of every node', () => {
    for (const expected of [
      'Opening paragraph with emphasis, strong words, struck text, inline code',
      'web link', 'https://example.org/autolink', 'relative link', 'reference link',
      'A hard line break follows here', 'and continues on the next line',
      'Section heading two', 'Subsection heading three', 'Minor heading four',
      'Bullet one', 'Nested bullet', 'Deeper bullet', 'Bullet three',
      'Finished task', 'Open task', 'Quoted paragraph one.', 'Quoted paragraph two.',
      'const fence = "``` backticks #inside";',
      'Left column', 'Centre column', 'Right column', 'alpha', 'delta', '1,234.5',
      'Figure caption with emphasis.', 'Credit: Example Statistics Office.',
      'Closing paragraph citing the first note again.', 'The first footnote text.', 'The second footnote, with a link.',
      'A. Author is a fellow.',
    ]) expect(lettersOf(text)).toContain(lettersOf(expected));
  });

  it('keeps the hard line break as a line break', () => {
    expect(text).toMatch(/follows here\n\s*and continues/);
  });

  it('numbers the ordered list from its start', () => {
    expect(text).toMatch(/7\.\s*Seventh item/);
    expect(text).toMatch(/8\.\s*Eighth item/);
  });

  it('prints the code block character for character', () => {
    expect(literalOf(text)).toContain('const fence = "``` backticks #inside";');
  });

  it('numbers footnotes once and reuses the number for a second reference', () => {
    const laidOut = pdfToText(rendered.pdf, true);
    expect(laidOut).toMatch(/^\s*1\s+The first footnote text\./m);
    expect(laidOut).toMatch(/^\s*2\s+The second footnote/m);
    expect(text).toMatch(/note again\.1 And a second note\.2/);
    expect(text.match(/The first footnote text/g)).toHaveLength(1);
    expect(text.match(/The second footnote/g)).toHaveLength(1);
  });

  it('makes links clickable, relative ones absolute against the canonical URL', () => {
    for (const uri of [
      'https://example.org/web-link', 'https://example.org/autolink', 'https://example.org/publications/idss-papers',
      'https://example.org/reference-link', 'https://example.org/in-note',
    ]) expect(raw).toContain(`/URI (${uri})`);
  });

  it('draws the figure and the standalone image', () => {
    expect(pdfImageCount(rendered.pdf)).toBe(2);
  });
});
