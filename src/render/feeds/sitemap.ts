/**
 * Sitemaps (https://www.sitemaps.org/protocol.html): an index naming one
 * sitemap per content type, each at most 50,000 URLs (the protocol's limit;
 * a longer list continues in `name-2.xml`, `name-3.xml` ...), `lastmod` in
 * W3C Datetime.
 */
export const SITEMAP_URL_LIMIT = 50_000;

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export interface SitemapUrl {
  loc: string;
  lastmod: string | null;
}

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** W3C Datetime to the second, in UTC. */
function w3cDate(iso: string): string {
  return `${iso.slice(0, 19)}Z`;
}

function lastmodElement(lastmod: string | null): string {
  return lastmod ? `<lastmod>${w3cDate(lastmod)}</lastmod>` : '';
}

export function renderUrlset(urls: readonly SitemapUrl[]): string {
  const lines = urls.map((u) => `  <url><loc>${escapeXml(u.loc)}</loc>${lastmodElement(u.lastmod)}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${NS}">\n${lines.join('\n')}\n</urlset>\n`;
}

export function renderSitemapIndex(sitemaps: readonly SitemapUrl[]): string {
  const lines = sitemaps.map((s) => `  <sitemap><loc>${escapeXml(s.loc)}</loc>${lastmodElement(s.lastmod)}</sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${NS}">\n${lines.join('\n')}\n</sitemapindex>\n`;
}

/** The file name of chunk `index` (0-based) of a content type's sitemap. */
export function sitemapFileName(kind: string, index: number): string {
  return index === 0 ? `${kind}.xml` : `${kind}-${index + 1}.xml`;
}

export function chunk<T>(items: readonly T[], size = SITEMAP_URL_LIMIT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}

/**
 * robots.txt (RFC 9309): crawlers may read everything public, but not the
 * back office or the JSON API, and learn where the sitemap index is.
 */
export function renderRobotsTxt(baseUrl: string): string {
  return ['User-agent: *', 'Disallow: /admin', 'Disallow: /api', '', `Sitemap: ${baseUrl}/sitemap.xml`, ''].join('\n');
}
