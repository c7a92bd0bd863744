import type { MediaVariant } from '../../domain/media.js';

/**
 * Responsive images for body figures that show media-library images. The
 * body HTML is rendered once at save time and knows only the figure's
 * `src`; at page time the site looks up the variants of those URLs
 * (`listMediaVariants`) and adds `srcset` + `sizes`, so browsers fetch the
 * WebP copy that fits the screen (HTML Living Standard, "img" element,
 * srcset with width descriptors). The original stays as `src` for browsers
 * without srcset and as the full-size download.
 *
 * Usage in a site route:
 *   const urls = listMediaImageUrls(publication.bodyHtml);
 *   const variants = await listMediaVariants(ctx, { urls });
 *   const html = withFigureSrcset(publication.bodyHtml, variants);
 */

/** The article column is at most ~46rem wide; below that the figure spans the viewport. */
export const FIGURE_SIZES = '(min-width: 50rem) 46rem, 100vw';

/** `/files/media/..-480w.webp 480w, /files/media/..-960w.webp 960w`, narrowest first. */
export function srcsetOf(variants: readonly MediaVariant[]): string {
  return [...variants].sort((a, b) => a.width - b.width).map((v) => `/files/${v.path} ${v.width}w`).join(', ');
}

// Our own serializer writes `<img src="...">` with src first and the
// library's paths need no escaping ([a-z0-9/._-]), so a plain match is exact.
const MEDIA_IMG = /<img src="(\/files\/media\/[a-z0-9/._-]+)"/gi;

/** The media-library image URLs a rendered body shows. */
export function listMediaImageUrls(html: string): string[] {
  return [...new Set([...html.matchAll(MEDIA_IMG)].map((m) => m[1] ?? ''))].filter(Boolean);
}

/** `html` with srcset and sizes on every img whose src has variants. */
export function withFigureSrcset(html: string, variants: ReadonlyMap<string, readonly MediaVariant[]>, sizes: string = FIGURE_SIZES): string {
  if (variants.size === 0) return html;
  return html.replace(MEDIA_IMG, (match, src: string) => {
    const list = variants.get(src);
    if (!list || list.length === 0) return match;
    return `${match} srcset="${srcsetOf(list)}" sizes="${sizes}"`;
  });
}
