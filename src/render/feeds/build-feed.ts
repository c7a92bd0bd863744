import { Feed } from 'feed';
import { displayTitle, publicationPath, type PublicationSummary } from '../../domain/publication.js';
import type { Series } from '../../domain/series.js';

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];

/** Media types: RSS 2.0 and Atom (RFC 4287 section 7) have their own; JSON Feed 1.1 names `application/feed+json`. */
export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export interface FeedEntry {
  /** Never changes, even when the URL does (RFC 4287 section 4.2.6). */
  id: string;
  title: string;
  url: string;
  published: Date;
  updated: Date;
  authors: { name: string; url?: string }[];
  summary: string;
  categories: { name: string; url: string }[];
}

export interface FeedInput {
  baseUrl: string;
  title: string;
  description: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  /** This feed's URL in each format (for self links and alternates). */
  feedUrls: Record<FeedFormat, string>;
  siteName: string;
  copyrightHolder: string;
  entries: FeedEntry[];
}

/**
 * An Atom id that survives a change of title, slug or series: a tag URI
 * (RFC 4151) made of the site's host, the day the item was created and its id.
 */
export function entryId(baseUrl: string, publication: Pick<PublicationSummary, 'id' | 'createdAt'>): string {
  const host = new URL(baseUrl).hostname;
  return `tag:${host},${publication.createdAt.slice(0, 10)}:publication:${publication.id}`;
}

/** A feed entry for a publication; `categories` are the series and the terms and units it carries. */
export function feedEntry(
  baseUrl: string,
  publication: PublicationSummary,
  series: Pick<Series, 'slug' | 'name'>,
  categories: { name: string; path: string }[],
): FeedEntry {
  return {
    id: entryId(baseUrl, publication),
    title: displayTitle(publication),
    url: `${baseUrl}${publicationPath(series.slug, publication)}`,
    published: new Date(publication.publishedAt ?? `${publication.date.length === 7 ? `${publication.date}-01` : publication.date}T00:00:00.000Z`),
    updated: new Date(publication.updatedAt),
    authors: publication.authors.map((a) => (a.personSlug ? { name: a.name, url: `${baseUrl}/people/${a.personSlug}` } : { name: a.name })),
    summary: publication.synopsis,
    categories: [
      { name: series.name, url: `${baseUrl}/publications/${series.slug}` },
      ...categories.map((c) => ({ name: c.name, url: `${baseUrl}${c.path}` })),
    ],
  };
}

function newestUpdate(input: FeedInput): Date {
  const times = input.entries.map((e) => e.updated.getTime());
  // An empty feed still needs a stable `updated`; the epoch keeps the bytes (and the ETag) stable.
  return new Date(times.length ? Math.max(...times) : 0);
}

function feedTitle(input: FeedInput): string {
  return input.title === input.siteName ? input.siteName : `${input.title} | ${input.siteName}`;
}

function createFeed(input: FeedInput): Feed {
  const feed = new Feed({
    id: input.feedUrls.atom,
    title: feedTitle(input),
    description: input.description,
    link: input.pageUrl,
    language: 'en',
    updated: newestUpdate(input),
    generator: 'Imprint',
    copyright: `© ${input.copyrightHolder}`,
    feedLinks: { rss: input.feedUrls.rss, atom: input.feedUrls.atom, json: input.feedUrls.json },
    author: { name: input.siteName, link: `${input.baseUrl}/` },
  });
  for (const entry of input.entries) {
    feed.addItem({
      id: entry.id,
      guid: entry.id,
      title: entry.title,
      link: entry.url,
      date: entry.updated,
      published: entry.published,
      description: entry.summary,
      author: entry.authors.map((a) => (a.url ? { name: a.name, link: a.url } : { name: a.name })),
      category: entry.categories.map((c) => ({ name: c.name, domain: c.url, scheme: c.url, term: c.name })),
      // RSS 2.0's <author> must be an e-mail address; names go in dc:creator
      // (Dublin Core, https://www.dublincore.org/specifications/dublin-core/dcmi-terms/).
      extensions: [{ name: 'dc:creator', objects: entry.authors.map((a) => ({ _text: a.name })) as unknown as Record<string, unknown> }],
    });
  }
  return feed;
}

/** RSS 2.0 (https://www.rssboard.org/rss-specification). */
function rss(input: FeedInput): string {
  const xml = createFeed(input).rss2()
    // The names are in dc:creator; drop the e-mail-less <author> elements the library writes.
    .replace(/\s*<author>[^<]*<\/author>/g, '');
  return xml.includes('xmlns:dc=') ? xml : xml.replace('<rss version="2.0"', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"');
}

/** Atom 1.0 (RFC 4287). The dc:creator extension is an RSS device: Atom has one <author> per author. */
function atom(input: FeedInput): string {
  const feed = createFeed(input);
  for (const item of feed.items) delete item.extensions;
  return feed.atom1();
}

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), written here: the
 * library writes version 1, with a single `author` per item, while 1.1 lists
 * every author in `authors` and adds `language`.
 */
function jsonFeed(input: FeedInput): string {
  const authorsOf = (authors: FeedEntry['authors']) => authors.map((a) => (a.url ? { name: a.name, url: a.url } : { name: a.name }));
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feedTitle(input),
    home_page_url: input.pageUrl,
    feed_url: input.feedUrls.json,
    description: input.description,
    language: 'en',
    authors: [{ name: input.siteName, url: `${input.baseUrl}/` }],
    items: input.entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      title: entry.title,
      content_text: entry.summary,
      summary: entry.summary,
      date_published: entry.published.toISOString(),
      date_modified: entry.updated.toISOString(),
      authors: authorsOf(entry.authors),
      tags: entry.categories.map((c) => c.name),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

export function renderFeed(input: FeedInput, format: FeedFormat): string {
  if (format === 'rss') return rss(input);
  if (format === 'atom') return atom(input);
  return jsonFeed(input);
}
