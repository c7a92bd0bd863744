import { invalidField } from '../../domain/errors.js';
import { unserializePhp, type PhpValue } from './php-unserialize.js';
import { childElement, childElements, childText, parseXml, XmlSyntaxError, type XmlElement } from './xml-tree.js';

/**
 * A WordPress eXtended RSS export (WXR 1.1/1.2: RSS 2.0 with the `wp:`,
 * `content:`, `excerpt:` and `dc:` namespaces), read into plain records.
 * Structural faults name the line of the element at fault.
 */
export interface WxrAuthor {
  login: string;
  displayName: string;
  firstName: string;
  lastName: string;
}

export interface WxrTerm {
  kind: 'category' | 'tag';
  slug: string;
  name: string;
  parent: string | null;
  description: string;
}

export interface WxrAttachmentInfo {
  url: string;
  file: string;
  alt: string;
  width: number | null;
  height: number | null;
  mimeType: string;
}

export interface WxrItem {
  id: number;
  type: string;
  status: string;
  title: string;
  link: string;
  guid: string;
  creator: string;
  /** `YYYY-MM-DD HH:MM:SS`, the site's local time. */
  date: string;
  /** UTC, or null for drafts never published ("0000-00-00 00:00:00"). */
  dateGmt: string | null;
  slug: string;
  parentId: number;
  menuOrder: number;
  content: string;
  excerpt: string;
  terms: { kind: 'category' | 'tag'; slug: string; name: string }[];
  meta: Record<string, string>;
  attachment: WxrAttachmentInfo | null;
  line: number;
}

export interface WxrSite {
  title: string;
  /** `wp:base_site_url`: the site the ids belong to. */
  baseUrl: string;
  authors: WxrAuthor[];
  terms: WxrTerm[];
  items: WxrItem[];
}

function numberOf(value: PhpValue | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function attachmentOf(item: XmlElement, meta: Record<string, string>, content: string): WxrAttachmentInfo | null {
  const url = childText(item, 'wp:attachment_url');
  if (!url) return null;
  const info = unserializePhp(meta._wp_attachment_metadata ?? '');
  const dims = info && typeof info === 'object' ? info : {};
  const extension = /\.([a-z0-9]+)(?:\?|$)/i.exec(url)?.[1]?.toLowerCase() ?? '';
  const types: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', pdf: 'application/pdf' };
  return {
    url,
    file: meta._wp_attached_file ?? '',
    alt: meta._wp_attachment_image_alt ?? '',
    width: numberOf(dims.width),
    height: numberOf(dims.height),
    mimeType: types[extension] ?? (content ? 'text/plain' : 'application/octet-stream'),
  };
}

function readItem(item: XmlElement): WxrItem {
  const id = Number(childText(item, 'wp:post_id'));
  const type = childText(item, 'wp:post_type');
  if (!Number.isInteger(id) || id <= 0) throw invalidField(`line ${item.line}: <item>`, 'wp:post_id is missing or not a number');
  if (!type) throw invalidField(`line ${item.line}: <item>`, 'wp:post_type is missing');
  const meta: Record<string, string> = {};
  for (const entry of childElements(item, 'wp:postmeta')) meta[childText(entry, 'wp:meta_key')] = childText(entry, 'wp:meta_value');
  const content = childText(item, 'content:encoded');
  const dateGmt = childText(item, 'wp:post_date_gmt');
  return {
    id,
    type,
    status: childText(item, 'wp:status'),
    title: childText(item, 'title'),
    link: childText(item, 'link'),
    guid: childText(item, 'guid'),
    creator: childText(item, 'dc:creator'),
    date: childText(item, 'wp:post_date'),
    dateGmt: dateGmt && !dateGmt.startsWith('0000') ? dateGmt : null,
    slug: decodeURIComponent(childText(item, 'wp:post_name')),
    parentId: Number(childText(item, 'wp:post_parent')) || 0,
    menuOrder: Number(childText(item, 'wp:menu_order')) || 0,
    content,
    excerpt: childText(item, 'excerpt:encoded'),
    terms: childElements(item, 'category')
      .filter((c) => c.attributes.domain === 'category' || c.attributes.domain === 'post_tag')
      .map((c) => ({ kind: c.attributes.domain === 'category' ? 'category' as const : 'tag' as const, slug: c.attributes.nicename ?? '', name: childTextOf(c) })),
    meta,
    attachment: type === 'attachment' ? attachmentOf(item, meta, content) : null,
    line: item.line,
  };
}

function childTextOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : '')).join('').trim();
}

/** Parse a WXR file; throws an `invalid` error naming the line for malformed XML or a file that is not a WordPress export. */
export function readWxr(xml: string, file: string): WxrSite {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw invalidField(`${file}:${error.line}:${error.column}`, `malformed XML: ${error.message.replace(/^line \d+, column \d+: /, '')}`);
    throw error;
  }
  const channel = root.name === 'rss' ? childElement(root, 'channel') : undefined;
  if (!channel) throw invalidField(file, `not a WordPress export: the root element is <${root.name}>, expected <rss> with a <channel>`);
  if (!childElement(channel, 'wp:wxr_version')) throw invalidField(`${file}:${channel.line}`, 'not a WordPress export: <channel> has no <wp:wxr_version>');
  const baseUrl = (childText(channel, 'wp:base_site_url') || childText(channel, 'link')).replace(/\/+$/, '');
  const at = (element: XmlElement) => `${file}:${element.line}`;
  const authors = childElements(channel, 'wp:author').map((a) => {
    const login = childText(a, 'wp:author_login');
    if (!login) throw invalidField(at(a), '<wp:author> has no <wp:author_login>');
    return {
      login,
      displayName: childText(a, 'wp:author_display_name') || login,
      firstName: childText(a, 'wp:author_first_name'),
      lastName: childText(a, 'wp:author_last_name'),
    };
  });
  const categories = childElements(channel, 'wp:category').map((c): WxrTerm => ({
    kind: 'category',
    slug: childText(c, 'wp:category_nicename'),
    name: childText(c, 'wp:cat_name'),
    parent: childText(c, 'wp:category_parent') || null,
    description: childText(c, 'wp:category_description'),
  }));
  const tags = childElements(channel, 'wp:tag').map((t): WxrTerm => ({
    kind: 'tag', slug: childText(t, 'wp:tag_slug'), name: childText(t, 'wp:tag_name'), parent: null, description: childText(t, 'wp:tag_description'),
  }));
  for (const term of [...categories, ...tags]) {
    if (!term.name) throw invalidField(file, `a ${term.kind} "${term.slug}" has no name`);
  }
  const items = childElements(channel, 'item').map((item) => {
    try {
      return readItem(item);
    } catch (error) {
      if (error instanceof Error && 'issues' in error) throw invalidField(at(item), (error as { issues: { message: string }[] }).issues[0]?.message ?? error.message);
      throw error;
    }
  });
  return { title: childText(channel, 'title'), baseUrl, authors, terms: [...categories, ...tags], items };
}
