import { normalizeLegacyPath } from '../../domain/legacy-path.js';
import { isSlug, slugify } from '../../domain/slug.js';
import { classifyCategories } from '../pages/classify-categories.js';
import { findSeriesByName, findUnitByName, type ImportVocabulary } from '../pages/import-vocabulary.js';
import { splitCodeTitle } from '../text/find-title.js';
import { honorificOf } from '../text/person-names.js';
import type { WxrItem, WxrSite, WxrTerm } from './read-wxr.js';
import { wxrContentToMarkdown, type WxrAttachmentRef } from './wxr-content.js';

/**
 * What a WordPress export becomes, decided before anything is written (pure):
 * categories and tags mapped to the site's series, units and vocabularies;
 * each post, page and attachment with its key, fields and notes.
 */
export type TermMapping =
  | { kind: 'series'; slug: string; name: string }
  | { kind: 'unit'; slug: string; name: string }
  | { kind: 'term'; taxonomy: string; name: string; isNew: boolean }
  | { kind: 'skip'; reason: string };

/** Where posts go that no category files in a series, when --series is not given. */
export const DEFAULT_SERIES = { slug: 'articles', name: 'Articles' };

export function mapTerm(term: WxrTerm, vocabulary: ImportVocabulary): TermMapping {
  if (term.kind === 'category' && term.slug === 'uncategorized') return { kind: 'skip', reason: 'WordPress’s default category; it says nothing' };
  const series = term.kind === 'category' ? findSeriesByName(vocabulary, term.name) : undefined;
  if (series) return { kind: 'series', slug: series.slug, name: series.name };
  const unit = findUnitByName(vocabulary, term.name);
  if (unit) return { kind: 'unit', slug: unit.slug, name: unit.name };
  // A site without vocabularies yet (a fresh install) has nowhere to put a term; the posts come in without them.
  if (vocabulary.taxonomies.length === 0) return { kind: 'skip', reason: 'the site has no vocabulary to put it in' };
  const classified = classifyCategories([term.name], vocabulary);
  const choice = classified.terms[0];
  if (choice) return { kind: 'term', taxonomy: choice.taxonomy, name: choice.name, isNew: choice.isNew };
  const taxonomy = vocabulary.taxonomies[0]?.slug;
  return taxonomy ? { kind: 'term', taxonomy, name: term.name, isNew: true } : { kind: 'skip', reason: 'the site has no vocabulary to put it in' };
}

export const termKey = (site: WxrSite, term: Pick<WxrTerm, 'kind' | 'slug'>) => `${site.baseUrl}#${term.kind}-${term.slug}`;
export const itemKey = (site: WxrSite, id: number) => `${site.baseUrl}#post-${id}`;

/** A post's old address, unless it is only the `?p=123` form (a path of "/" cannot redirect anything). */
export function permalinkOf(item: WxrItem): string[] {
  const path = normalizeLegacyPath(item.link);
  return path && path !== '/' && !/[?&](p|page_id)=/.test(item.link) ? [item.link] : [];
}

export function slugOf(item: WxrItem): string {
  if (isSlug(item.slug)) return item.slug;
  return slugify(item.slug.replace(/__trashed$/, '')) || slugify(item.title) || `item-${item.id}`;
}

function plainText(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"').replace(/&#0?39;|&#8217;/g, '’').replace(/\s+/g, ' ').trim();
}

export interface PostPlan {
  key: string;
  series: string;
  code: string | null;
  title: string;
  slug: string;
  date: string;
  synopsis: string;
  body: string;
  authors: { name: string; honorific: string }[];
  terms: { taxonomy: string; name: string }[];
  units: string[];
  legacyUrls: string[];
  status: 'draft' | 'published';
  publishedAt: string | undefined;
  notes: string[];
}

const DRAFT_NOTES: Record<string, string> = {
  draft: 'a draft in WordPress; imported as a draft',
  pending: 'pending review in WordPress; imported as a draft',
  future: 'scheduled in WordPress; imported as a draft (schedule it again in Imprint)',
  private: 'private in WordPress; imported as a draft',
};

export function planPost(item: WxrItem, context: {
  site: WxrSite;
  vocabulary: ImportVocabulary;
  termMappings: ReadonlyMap<string, TermMapping>;
  attachments: readonly WxrAttachmentRef[];
  fallbackSeries: string;
}): PostPlan {
  const { site, vocabulary, termMappings } = context;
  const mapped = item.terms.map((t) => termMappings.get(termKey(site, t))).filter((m): m is TermMapping => m !== undefined);
  const seriesSlug = mapped.find((m) => m.kind === 'series')?.slug ?? context.fallbackSeries;
  const series = vocabulary.series.find((s) => s.slug === seriesSlug);
  const split = splitCodeTitle(item.title);
  const fitsSeries = split.code !== null && series?.codePrefix && series.numbering === 'yearly' && split.code.startsWith(series.codePrefix);
  const content = wxrContentToMarkdown(item, context.attachments);
  const author = site.authors.find((a) => a.login === item.creator);
  const name = author?.displayName ?? item.creator;
  const isPublished = item.status === 'publish' && !item.meta._post_password;
  const notes = [...content.warnings];
  if (!isPublished) notes.push(item.status === 'publish' ? 'password-protected in WordPress; imported as a draft' : DRAFT_NOTES[item.status] ?? `status "${item.status}" in WordPress; imported as a draft`);
  if (!mapped.some((m) => m.kind === 'series')) notes.push(`no category names a series; filed in ${series?.name ?? (seriesSlug === DEFAULT_SERIES.slug ? DEFAULT_SERIES.name : seriesSlug)}`);
  return {
    key: itemKey(site, item.id),
    series: seriesSlug,
    code: fitsSeries ? split.code : null,
    title: fitsSeries ? split.title : item.title || `(untitled post ${item.id})`,
    slug: slugOf(item),
    date: /^\d{4}-\d{2}-\d{2}/.test(item.date) ? item.date.slice(0, 10) : (item.dateGmt ?? '').slice(0, 10),
    synopsis: plainText(item.excerpt),
    body: content.markdown,
    authors: name ? [{ name, honorific: honorificOf(name) }] : [],
    terms: mapped.flatMap((m) => (m.kind === 'term' ? [{ taxonomy: m.taxonomy, name: m.name }] : [])),
    units: mapped.flatMap((m) => (m.kind === 'unit' ? [m.slug] : [])),
    legacyUrls: permalinkOf(item),
    status: isPublished ? 'published' : 'draft',
    publishedAt: isPublished && item.dateGmt ? `${item.dateGmt.replace(' ', 'T')}Z` : undefined,
    notes,
  };
}

/** Pages after their parents, so each finds the page its parent became. */
export function pagesInTreeOrder(pages: readonly WxrItem[]): WxrItem[] {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const depth = (page: WxrItem, seen = new Set<number>()): number => {
    const parent = byId.get(page.parentId);
    if (!parent || seen.has(page.id)) return 0;
    seen.add(page.id);
    return 1 + depth(parent, seen);
  };
  return [...pages].sort((a, b) => depth(a) - depth(b) || a.menuOrder - b.menuOrder || a.id - b.id);
}

/** Why an item of the export is not imported, or null when it is. */
export function skipReason(item: WxrItem): string | null {
  if (item.status === 'trash') return 'in the WordPress trash';
  if (item.status === 'auto-draft') return 'an empty auto-draft';
  if (item.type === 'nav_menu_item') return 'menu items are not imported; rebuild the menu in Imprint';
  if (item.type === 'revision') return 'an old revision; only the current text is imported';
  if (!['post', 'page', 'attachment'].includes(item.type)) return `post type "${item.type}" is not imported`;
  return null;
}
