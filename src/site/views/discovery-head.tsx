import type { FC } from 'hono/jsx';
import type { FeedScope } from '../../actions/list-feed-items.js';
import type { HeadTag } from '../../render/metadata/head-tags.js';
import { jsonLdText, type JsonLd } from '../../render/metadata/json-ld.js';
import { FEED_LABELS, feedAlternates, feedPath } from '../routes/feed-routes.js';

/**
 * JSON-LD in a data block. `script-src 'self'` does not block it: a script
 * element of type application/ld+json is never executed. jsonLdText writes
 * `<` as \u003c, so no value can close the element.
 */
export const JsonLdScript: FC<{ data: JsonLd }> = ({ data }) => (
  <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />
);

/** `<link rel="alternate">` for a feed in RSS, Atom and JSON Feed. */
export const FeedAlternateLinks: FC<{ scope: FeedScope; title: string }> = ({ scope, title }) => (
  <>
    {feedAlternates(scope, title).map((link) => <link rel="alternate" type={link.type} href={link.href} title={link.title} />)}
  </>
);

/** "Subscribe: RSS · Atom · JSON Feed" on a listing page, for readers without a feed-discovering browser. */
export const FeedSubscribe: FC<{ scope: FeedScope; label: string }> = ({ scope, label }) => (
  <p class="feed-subscribe">
    <span class="feed-subscribe-label">Follow {label}:</span>{' '}
    <a href={feedPath(scope, 'rss')} type="application/rss+xml">{FEED_LABELS.rss}</a>{' · '}
    <a href={feedPath(scope, 'atom')} type="application/atom+xml">{FEED_LABELS.atom}</a>{' · '}
    <a href={feedPath(scope, 'json')} type="application/feed+json">{FEED_LABELS.json}</a>
  </p>
);

/** Head tags as elements (metadata/head-tags.ts keeps them as data). */
export const HeadTags: FC<{ tags: HeadTag[] }> = ({ tags }) => (
  <>
    {tags.map((t) => {
      if (t.tag === 'link') return <link rel={t.rel} href={t.href} {...(t.type ? { type: t.type } : {})} {...(t.title ? { title: t.title } : {})} />;
      return 'name' in t ? <meta name={t.name} content={t.content} /> : <meta property={t.property} content={t.content} />;
    })}
  </>
);

/** Tags the shared layout already prints for every page; a page's extra head leaves them out. */
const LAYOUT_TAGS = new Set(['canonical', 'description', 'og:site_name', 'og:title', 'og:type', 'og:url', 'og:description']);

export function withoutLayoutTags(tags: HeadTag[]): HeadTag[] {
  return tags.filter((t) => !LAYOUT_TAGS.has(t.tag === 'link' ? t.rel : 'name' in t ? t.name : t.property));
}
