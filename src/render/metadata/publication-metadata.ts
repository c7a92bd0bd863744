import { publicationPath, type PublicationSummary } from '../../domain/publication.js';
import { parseStoredDate } from '../../domain/publication-date.js';
import type { Series } from '../../domain/series.js';
import type { SiteSettings } from '../../domain/site-settings.js';
import { absoluteUrl, type HeadTag } from './head-tags.js';
import { breadcrumbJsonLd, jsonLdGraph, type JsonLd } from './json-ld.js';
import { organizationNode } from './site-metadata.js';

/** What the head of a publication page describes. URLs may be site-relative; they are made absolute. */
export interface PublicationMetaInput {
  baseUrl: string;
  settings: Pick<SiteSettings, 'name' | 'shortName' | 'logoPath' | 'socialLinks' | 'parentOrganisation' | 'addressLines'>;
  publication: Pick<PublicationSummary, 'id' | 'title' | 'code' | 'slug' | 'date' | 'synopsis' | 'authors' | 'publishedAt' | 'updatedAt'>
    & { doi?: string | null };
  series: Pick<Series, 'name' | 'slug'>;
  /** Themes, regions and units shown on the page, with their page paths. */
  terms?: { name: string; path: string }[];
  /** The first figure, for link previews. */
  imageUrl?: string | null;
  /** The PDF, once one exists: Google Scholar indexes it (`citation_pdf_url`). */
  pdfUrl?: string | null;
}

export function canonicalUrl(input: Pick<PublicationMetaInput, 'baseUrl' | 'series' | 'publication'>): string {
  return `${input.baseUrl}${publicationPath(input.series.slug, input.publication)}`;
}

function authorUrl(baseUrl: string, personSlug: string | null): string | null {
  return personSlug ? `${baseUrl}/people/${personSlug}` : null;
}

/** Google Scholar wants `YYYY/MM/DD`, or `YYYY/MM` when the day is unknown. */
export function scholarDate(stored: string): string {
  const d = parseStoredDate(stored);
  const ym = `${d.year}/${String(d.month).padStart(2, '0')}`;
  return d.day === undefined ? ym : `${ym}/${String(d.day).padStart(2, '0')}`;
}

function xHandle(settings: PublicationMetaInput['settings']): string | null {
  const link = settings.socialLinks.find((l) => /^(x|twitter)$/i.test(l.network));
  return link ? `@${link.label.replace(/^@/, '')}` : null;
}

/**
 * Canonical link, description, OpenGraph (https://ogp.me/), Twitter card and
 * Google Scholar tags (https://scholar.google.com/intl/en/scholar/inclusion.html#indexing):
 * one `citation_author` per author in byline order, the code as the
 * technical report number, and `citation_pdf_url` only when a PDF exists.
 */
export function publicationHeadTags(input: PublicationMetaInput): HeadTag[] {
  const { publication: p, settings, baseUrl } = input;
  const url = canonicalUrl(input);
  const image = input.imageUrl ? absoluteUrl(baseUrl, input.imageUrl) : null;
  const handle = xHandle(settings);
  const tags: HeadTag[] = [
    { tag: 'link', rel: 'canonical', href: url },
    { tag: 'meta', name: 'description', content: p.synopsis },
    { tag: 'meta', property: 'og:type', content: 'article' },
    { tag: 'meta', property: 'og:site_name', content: settings.name },
    { tag: 'meta', property: 'og:title', content: p.title },
    { tag: 'meta', property: 'og:description', content: p.synopsis },
    { tag: 'meta', property: 'og:url', content: url },
    ...(image ? [{ tag: 'meta' as const, property: 'og:image', content: image }] : []),
    ...(p.publishedAt ? [{ tag: 'meta' as const, property: 'article:published_time', content: p.publishedAt }] : []),
    { tag: 'meta', property: 'article:modified_time', content: p.updatedAt },
    { tag: 'meta', property: 'article:section', content: input.series.name },
    ...p.authors.map((a) => ({ tag: 'meta' as const, property: 'article:author', content: authorUrl(baseUrl, a.personSlug) ?? a.name })),
    ...(input.terms ?? []).map((t) => ({ tag: 'meta' as const, property: 'article:tag', content: t.name })),
    { tag: 'meta', name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
    ...(handle ? [{ tag: 'meta' as const, name: 'twitter:site', content: handle }] : []),
    { tag: 'meta', name: 'twitter:title', content: p.title },
    { tag: 'meta', name: 'twitter:description', content: p.synopsis },
    ...(image ? [{ tag: 'meta' as const, name: 'twitter:image', content: image }] : []),
    ...scholarTags(input, url),
  ];
  return tags.filter((t) => t.tag === 'link' || t.content !== '');
}

function scholarTags(input: PublicationMetaInput, url: string): HeadTag[] {
  const { publication: p, settings, baseUrl } = input;
  const meta = (name: string, content: string): HeadTag => ({ tag: 'meta', name, content });
  return [
    meta('citation_title', p.title),
    ...p.authors.map((a) => meta('citation_author', a.name)),
    meta('citation_publication_date', scholarDate(p.date)),
    meta('citation_technical_report_institution', settings.name),
    ...(p.code ? [meta('citation_technical_report_number', p.code)] : []),
    ...(p.doi ? [meta('citation_doi', p.doi)] : []),
    meta('citation_abstract_html_url', url),
    ...(input.pdfUrl ? [meta('citation_pdf_url', absoluteUrl(baseUrl, input.pdfUrl))] : []),
    meta('citation_language', 'en'),
  ];
}

/**
 * schema.org `Report` (its `reportNumber` is the code) with the authors as
 * `Person`, the institute as publisher `Organization`, the series as
 * `isPartOf`, and the page's `BreadcrumbList`, in one `@graph`.
 */
export function publicationJsonLd(input: PublicationMetaInput): JsonLd {
  const { publication: p, baseUrl, series } = input;
  const url = canonicalUrl(input);
  const seriesUrl = `${baseUrl}/publications/${series.slug}`;
  const report: JsonLd = {
    '@type': 'Report',
    '@id': `${url}#publication`,
    url,
    mainEntityOfPage: url,
    headline: p.title,
    name: p.title,
    ...(p.synopsis ? { description: p.synopsis } : {}),
    // ISO 8601 at the precision the series prints: `2024-12-30` or `2015-03`.
    datePublished: p.date,
    dateModified: p.updatedAt,
    inLanguage: 'en',
    ...(p.code ? { reportNumber: p.code } : {}),
    author: p.authors.map((a) => {
      const profile = authorUrl(baseUrl, a.personSlug);
      return { '@type': 'Person', name: a.name, ...(profile ? { '@id': `${profile}#person`, url: profile } : {}) };
    }),
    publisher: organizationNode(baseUrl, input.settings),
    isPartOf: { '@type': 'CreativeWorkSeries', name: series.name, url: seriesUrl },
    ...(input.terms?.length ? { keywords: input.terms.map((t) => t.name).join(', ') } : {}),
    ...(input.imageUrl ? { image: absoluteUrl(baseUrl, input.imageUrl) } : {}),
    ...(p.doi ? {
      identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: p.doi },
      sameAs: `https://doi.org/${p.doi}`,
    } : {}),
    ...(input.pdfUrl ? { encoding: { '@type': 'MediaObject', encodingFormat: 'application/pdf', contentUrl: absoluteUrl(baseUrl, input.pdfUrl) } } : {}),
  };
  const breadcrumbs = breadcrumbJsonLd([
    { name: 'Home', url: `${baseUrl}/` },
    { name: 'Publications', url: `${baseUrl}/publications` },
    { name: series.name, url: seriesUrl },
    { name: p.title, url },
  ]);
  return jsonLdGraph([report, breadcrumbs]);
}
