const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL a PDF link may carry, or null to print the link text alone. Only
 * web and mail links survive (as on the website, `javascript:` and `data:`
 * are dropped); relative links are made absolute against `base`, since a
 * PDF has no site to be relative to; in-page anchors have nowhere to go.
 */
export function safeLinkUrl(url: string, base?: string): string | null {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  let parsed: URL;
  try {
    parsed = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  return ALLOWED_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
}
