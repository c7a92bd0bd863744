import mammoth from 'mammoth';
import type { ConvertedDocument, ConvertedImage, DocumentConverter } from '../../domain/document-converter.js';
import { invalidField } from '../../domain/errors.js';
import { htmlToMarkdown } from '../markdown/html-to-markdown.js';
import { parseArchiveDate } from '../text/archive-date.js';
import { parseFigureLine } from '../text/figure-lines.js';

/**
 * Word paragraph styles to HTML: captions (Word's "Caption", pandoc's "Image
 * Caption") become p.caption, which html-to-markdown joins to the picture
 * before it; the front matter pandoc and Word templates use (Title, Author,
 * Date, Abstract) is marked so it can be lifted out of the text.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.doc-title:fresh",
  "p[style-name='Subtitle'] => p.doc-subtitle:fresh",
  "p[style-name='Author'] => p.doc-author:fresh",
  "p[style-name='Date'] => p.doc-date:fresh",
  "p[style-name='Abstract'] => p.doc-abstract:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='Image Caption'] => p.caption:fresh",
  "p[style-name='Table Caption'] => p.table-caption:fresh",
  // Quotations: Word's own styles, and pandoc's for a Markdown block quote.
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
];

/**
 * Styles that are plain paragraphs anyway. They are not mapped (a mapping
 * would hide the numbering that makes a "Compact" paragraph a list item);
 * the warnings about them say nothing a person needs.
 */
const QUIET = /^Unrecognised (paragraph|run) style: '(Normal|Default Paragraph Font|Hyperlink|Footnote (Text|Reference)|Body Text.*|First Paragraph|Compact|Captioned Figure|Figure|Table)'/;

function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();
}

function takeAll(html: string, className: string): { html: string; texts: string[] } {
  const texts: string[] = [];
  const pattern = new RegExp(`<(h1|p) class="${className}">([\\s\\S]*?)</\\1>`, 'g');
  return { html: html.replace(pattern, (_whole, _tag: string, inner: string) => { texts.push(textOf(inner)); return ''; }), texts };
}

/** Body headings start at `##` (the title is the page's only h1): a document whose sections are Heading 1 moves down a level. */
function demoteHeadings(html: string): string {
  if (!/<h1[\s>]/.test(html)) return html;
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_whole, slash: string, level: string) => `<${slash}h${Math.min(Number(level) + 1, 6)}`);
}

export const docxConverter: DocumentConverter = {
  async convert(bytes, file) {
    const images: ConvertedImage[] = [];
    let result;
    try {
      result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, {
        styleMap: STYLE_MAP,
        convertImage: mammoth.images.imgElement(async (image) => {
          const placeholder = `docx-image:${images.length + 1}`;
          images.push({ placeholder, bytes: new Uint8Array(await image.read()), contentType: image.contentType, alt: '', caption: '', credit: '' });
          return { src: placeholder };
        }),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw invalidField(file, `not a Word document (.docx) that can be read: ${reason}`);
    }
    let html = result.value.replace(/<a id="[^"]*"><\/a>/g, '');
    const title = takeAll(html, 'doc-title');
    const authors = takeAll(title.html, 'doc-author');
    const dates = takeAll(authors.html, 'doc-date');
    const abstract = takeAll(dates.html, 'doc-abstract');
    html = demoteHeadings(abstract.html.replace(/<p class="table-caption">([\s\S]*?)<\/p>/g, '<p><em>$1</em></p>'));

    const markdown = htmlToMarkdown(html, {
      resolveImage: (src, alt) => ({ src, alt }),
    });
    // The figures found in the HTML give each image its alt text, caption and credit.
    for (const figure of markdown.figures) {
      const image = images.find((i) => i.placeholder === figure.src);
      if (image) Object.assign(image, { caption: figure.caption, credit: figure.credit });
    }
    const altOf = new Map([...markdown.markdown.matchAll(/^src: (docx-image:\d+)\nalt: (.*)$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']));
    for (const image of images) {
      const alt = altOf.get(image.placeholder) ?? '';
      // Word copies a captioned picture's caption into its alt text; that says nothing new to a screen reader but is better than nothing.
      image.alt = alt || image.caption || parseFigureLine(alt)?.caption || '';
    }
    const warnings = result.messages.filter((m) => !QUIET.test(m.message)).map((m) => `Word: ${m.message}`);
    for (const image of images.filter((i) => !i.caption)) warnings.push(`figure ${image.placeholder.split(':')[1]} has no caption`);
    const document: ConvertedDocument = {
      title: title.texts[0] || null,
      authors: authors.texts.flatMap((a) => a.split(/\s*(?:,|;|\band\b)\s*/)).filter(Boolean),
      date: dates.texts[0] ? parseArchiveDate(dates.texts[0]) : null,
      synopsis: abstract.texts.length ? abstract.texts.join('\n\n') : null,
      markdown: markdown.markdown,
      images,
      footnotes: markdown.footnotes,
      warnings,
    };
    return document;
  },
};
