import { htmlToMarkdown, type MarkdownResult } from '../markdown/html-to-markdown.js';
import type { WxrItem } from './read-wxr.js';

/**
 * A post's content as WordPress stores it, made into the HTML it would
 * print, then into Markdown. The classic editor stores paragraphs as blank
 * lines (WordPress adds the <p> on display: wpautop) and figures as
 * [caption] shortcodes; footnotes come pasted from Word (`#_ftn1`), from the
 * footnotes block (the `footnotes` post meta) or as [ref]...[/ref].
 */
const BLOCKS = 'p|div|h[1-6]|ul|ol|li|table|thead|tbody|tfoot|tr|td|th|blockquote|figure|figcaption|pre|hr|section|dl|dd|dt|form|address|aside|caption';
const BLOCK_START = new RegExp(`^</?(?:${BLOCKS})\\b`, 'i');

/**
 * WordPress's wpautop, in the part that matters for old content: block tags
 * stand apart, blank lines make paragraphs, single newlines inside a
 * paragraph are line breaks. Block-editor content has its <p> already.
 */
export function autoParagraphs(content: string): string {
  if (/<!--\s*wp:/.test(content)) return content;
  return content
    .replace(/\r\n?/g, '\n')
    .replace(new RegExp(`(<(?:${BLOCKS})[\\s/>])`, 'gi'), '\n\n$1')
    .replace(new RegExp(`(</(?:${BLOCKS})>)`, 'gi'), '$1\n\n')
    // A rule closes itself: the text after it is a paragraph of its own (Word's notes follow one).
    .replace(/(<hr\b[^>]*>)/gi, '$1\n\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br />\n')}</p>`))
    .join('\n');
}

function attribute(attributes: string, name: string): string {
  return new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'i').exec(attributes)?.[1] ?? '';
}

/** Shortcodes: [caption] becomes a figure, [ref] a footnote, [embed] a link; others are dropped and reported. */
export function expandShortcodes(content: string, warnings: string[]): string {
  let html = content.replace(/\[caption([^\]]*)\]([\s\S]*?)\[\/caption\]/gi, (_whole, attributes: string, inner: string) => {
    const img = /<img[^>]*>/i.exec(inner)?.[0] ?? '';
    const linked = new RegExp(`<a[^>]*>\\s*${img.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*</a>`, 'i');
    const caption = inner.replace(linked, '').replace(img, '').trim() || attribute(attributes, 'caption');
    return `<figure class="wp-caption">${img}<figcaption>${caption}</figcaption></figure>`;
  });
  const notes: string[] = [];
  html = html.replace(/\[(?:ref|footnote|efn_note)\]([\s\S]*?)\[\/(?:ref|footnote|efn_note)\]/gi, (_whole, note: string) => {
    notes.push(note.trim());
    const n = notes.length;
    return `<sup><a href="#_ftn${n}" name="_ftnref${n}">[${n}]</a></sup>`;
  });
  html = html.replace(/\[embed\]([\s\S]*?)\[\/embed\]/gi, (_whole, url: string) => `<p><a href="${url.trim()}">${url.trim()}</a></p>`);
  html = html.replace(/\[\/?([a-z][\w-]*)(?:\s[^\]]*)?\]/gi, (whole, name: string) => {
    if (/^\d+$/.test(name)) return whole;
    warnings.push(`shortcode [${name}] is not supported; its tags were removed and its text kept`);
    return '';
  });
  if (notes.length) html += `\n${notes.map((note, i) => `<p><a href="#_ftnref${i + 1}" name="_ftn${i + 1}">[${i + 1}]</a> ${note}</p>`).join('\n')}`;
  return html;
}

/** Paragraphs holding only a no-break space (the classic editor's spacers) and a rule before the notes carry nothing. */
function dropSpacers(html: string): string {
  return html.replace(/<p>(?:\s|&nbsp;|\u00a0|<br\s*\/?>)*<\/p>/gi, '').replace(/<hr\s*\/?>\s*(?=(?:<p>\s*)?<a href="#_ftnref1")/i, '');
}

export interface WxrAttachmentRef {
  url: string;
  alt: string;
  caption: string;
}

/** Attachments are found by URL; WordPress links resized copies (`-800x533.jpg`) of the original. */
function findAttachment(attachments: readonly WxrAttachmentRef[], src: string): WxrAttachmentRef | undefined {
  const original = src.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1');
  return attachments.find((a) => a.url === src || a.url === original);
}

export function wxrContentToMarkdown(item: WxrItem, attachments: readonly WxrAttachmentRef[]): MarkdownResult & { warnings: string[] } {
  const warnings: string[] = [];
  const html = dropSpacers(expandShortcodes(autoParagraphs(item.content), warnings));
  let footnotes: Record<string, string> | undefined;
  if (item.meta.footnotes) {
    try {
      const parsed = JSON.parse(item.meta.footnotes) as { id: string; content: string }[];
      footnotes = Object.fromEntries(parsed.map((n) => [n.id, n.content]));
    } catch {
      warnings.push('the footnotes stored with the post are not valid JSON; they were left out');
    }
  }
  const result = htmlToMarkdown(html, {
    ...(footnotes ? { footnotes } : {}),
    resolveImage: (src, alt) => {
      const attachment = findAttachment(attachments, src);
      // Files are not fetched: the figure keeps the old address; the attachment lends its alt text and caption.
      return { src: attachment?.url ?? src, alt: alt || attachment?.alt || '', caption: attachment?.caption ?? '' };
    },
  });
  for (const figure of result.figures) warnings.push(`figure: the image stays at ${figure.src} (files are not fetched)`);
  return { ...result, warnings };
}
