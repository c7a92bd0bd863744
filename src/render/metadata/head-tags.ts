/**
 * Tags for a page's `<head>`, as data: the site renders them with its own
 * views, tests read them directly, and `renderHeadTags` turns them into HTML
 * where a string is wanted.
 */
export type HeadTag =
  | { tag: 'meta'; name: string; content: string }
  | { tag: 'meta'; property: string; content: string }
  | { tag: 'link'; rel: string; href: string; type?: string; title?: string };

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function renderHeadTag(tag: HeadTag): string {
  if (tag.tag === 'link') {
    const extra = `${tag.type ? ` type="${escapeAttribute(tag.type)}"` : ''}${tag.title ? ` title="${escapeAttribute(tag.title)}"` : ''}`;
    return `<link rel="${escapeAttribute(tag.rel)}" href="${escapeAttribute(tag.href)}"${extra}>`;
  }
  const key = 'name' in tag ? `name="${escapeAttribute(tag.name)}"` : `property="${escapeAttribute(tag.property)}"`;
  return `<meta ${key} content="${escapeAttribute(tag.content)}">`;
}

export function renderHeadTags(tags: readonly HeadTag[]): string {
  return tags.map(renderHeadTag).join('\n');
}

/** A site-relative path (`/files/x.jpg`) made absolute; absolute URLs pass through. */
export function absoluteUrl(baseUrl: string, pathOrUrl: string): string {
  return /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : `${baseUrl}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
}
