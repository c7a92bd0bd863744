import type { PhrasingContent } from 'mdast';

/**
 * The figure form of the body. In Markdown it is a fenced block with the
 * language `figure` and one `key: value` line per field:
 *
 *     ```figure
 *     src: /media/ip24112-figure.jpg
 *     alt: Prime Minister Shigeru Ishiba at the APEC summit
 *     caption: In 2025, Japan should continue its approach of ...
 *     credit: Image from Prime Minister’s Office of Japan via Wikimedia Commons.
 *     ```
 *
 * A fenced block needs no parser extension, survives any CommonMark tool
 * unchanged (it degrades to a code block) and cannot collide with running
 * text the way `:directive` syntax would ("See:Japan").
 */
export interface FigureNode {
  type: 'figure';
  src: string;
  alt: string;
  /** Caption parsed as inline Markdown (emphasis and links allowed). */
  children: PhrasingContent[];
  captionText: string;
  credit: string;
}

export interface FigureFields {
  src: string;
  alt: string;
  caption: string;
  credit: string;
}

const KEYS = new Set(['src', 'alt', 'caption', 'credit']);

/** Parse the body of a ```figure block. Unknown keys and lines without a key are ignored. */
export function parseFigureFields(text: string): FigureFields {
  const fields: FigureFields = { src: '', alt: '', caption: '', credit: '' };
  let lastKey: keyof FigureFields | null = null;
  // Browsers send form text with CRLF line ends; every line end counts.
  for (const line of text.split(/\r\n?|\n/)) {
    const match = /^([a-z]+):\s?(.*)$/.exec(line);
    if (match && KEYS.has(match[1] ?? '')) {
      lastKey = match[1] as keyof FigureFields;
      fields[lastKey] = (match[2] ?? '').trim();
    } else if (lastKey && line.trim() !== '') {
      // A long caption may wrap onto following lines.
      fields[lastKey] = `${fields[lastKey]} ${line.trim()}`;
    }
  }
  return fields;
}

/** The Markdown for a figure; the inverse of parseFigureFields. */
export function figureMarkdown(fields: FigureFields): string {
  const clean = (value: string): string => value.replace(/\s*\n\s*/g, ' ').trim();
  return [
    '```figure',
    `src: ${clean(fields.src)}`,
    `alt: ${clean(fields.alt)}`,
    `caption: ${clean(fields.caption)}`,
    `credit: ${clean(fields.credit)}`,
    '```',
  ].join('\n');
}

declare module 'mdast' {
  interface RootContentMap {
    figure: FigureNode;
  }
  interface BlockContentMap {
    figure: FigureNode;
  }
}
