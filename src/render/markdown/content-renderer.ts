import type { ContentRenderer } from '../../domain/content-renderer.js';
import { parseMarkdown } from './parse-markdown.js';
import { mdastToHtml } from './markdown-to-html.js';
import { mdastToText } from './markdown-to-text.js';

/** Bump when the HTML or text output changes so stored derivatives are rebuilt. */
const PIPELINE_VERSION = 1;

export const markdownRenderer: ContentRenderer = {
  version: PIPELINE_VERSION,
  toHtml: (markdown) => mdastToHtml(parseMarkdown(markdown)),
  toText: (markdown) => mdastToText(parseMarkdown(markdown)),
};
