import type { FC } from 'hono/jsx';

/**
 * Wrap each table of sanitised HTML in a scrolling region, so a wide table
 * scrolls on its own on a narrow screen while the text around it wraps. The
 * region is focusable (WCAG 2.1.1: keyboard users can scroll it) and named.
 * The input is the sanitiser's output, where a literal "<table>" can only be
 * the element itself: text is escaped.
 */
export function wrapTables(html: string): string {
  return html
    .replace(/<table>/g, '<div class="table-scroll" role="region" aria-label="Table" tabindex="0"><table>')
    .replace(/<\/table>/g, '</table></div>');
}

/** Reading text from Markdown (bodies, bios, descriptions), already sanitised. */
export const Prose: FC<{ html: string; class?: string }> = ({ html, class: className }) => (
  <div class={className ? `prose ${className}` : 'prose'} dangerouslySetInnerHTML={{ __html: wrapTables(html) }} />
);
