import { tags } from '../domain/change-tags.js';
import { publicationPath } from '../domain/publication.js';
import type { ActionContext } from './action-context.js';
import { loadReferenceData } from './reference-data.js';
import { listedStatuses } from './visibility.js';

/** The content types the sitemap index lists, one sitemap each. */
export const SITEMAP_KINDS = ['publications', 'people', 'units', 'terms', 'pages'] as const;
export type SitemapKind = (typeof SITEMAP_KINDS)[number];

export interface SitemapEntry {
  /** Site-relative path, e.g. `/publications/idss-papers/ip24112-...`. */
  path: string;
  /** ISO-8601 UTC time of the last change to what the page shows, when known. */
  lastmod: string | null;
}

export interface SitemapEntries {
  entries: Record<SitemapKind, SitemapEntry[]>;
  /**
   * Cache tags (domain/change-tags.ts) per sitemap: its list tag (a new
   * entry), the entities whose address it prints, and the publications list,
   * whose tag every publication save and publish announces (lastmod).
   */
  cacheTags: Record<SitemapKind, string[]>;
}

const BATCH = 500;

function later(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a > b ? a : b;
}

/**
 * Every public address of the site by content type, with the time of the
 * last change to what each page shows. A listing page (series, term, unit,
 * profile) changes when one of its publications does, so its lastmod is the
 * newest of theirs; one pass over the public publications gives them all.
 */
export async function listSitemapEntries(ctx: ActionContext): Promise<SitemapEntries> {
  const { store } = ctx;
  const [reference, people, pages] = await Promise.all([loadReferenceData(store), store.people.list(), store.pages.list()]);
  const newest = new Map<string, string>();
  const touch = (key: string, time: string) => newest.set(key, later(newest.get(key), time) ?? time);
  const publications: SitemapEntry[] = [];

  for (let offset = 0; ; offset += BATCH) {
    const { items } = await store.publications.list({ statuses: listedStatuses(), sort: 'date_desc', limit: BATCH, offset });
    for (const p of items) {
      const series = reference.seriesById.get(p.seriesId);
      if (!series) continue;
      publications.push({ path: publicationPath(series.slug, p), lastmod: p.updatedAt });
      touch('all', p.updatedAt);
      touch(`series:${p.seriesId}`, p.updatedAt);
      for (const id of p.termIds) touch(`term:${id}`, p.updatedAt);
      for (const id of p.unitIds) touch(`unit:${id}`, p.updatedAt);
      for (const a of p.authors) if (a.personId) touch(`person:${a.personId}`, p.updatedAt);
    }
    if (items.length < BATCH) break;
  }
  const all = newest.get('all') ?? null;

  const entries = {
    publications: [
      { path: '/publications', lastmod: all },
      ...reference.series.map((s) => ({ path: `/publications/${s.slug}`, lastmod: newest.get(`series:${s.id}`) ?? null })),
      ...publications,
    ],
    people: [
      { path: '/people', lastmod: people.reduce<string | null>((max, p) => later(max, p.updatedAt), null) },
      ...reference.groups.map((g) => ({ path: `/people/groups/${g.slug}`, lastmod: null })),
      ...people.map((p) => ({ path: `/people/${p.slug}`, lastmod: later(p.updatedAt, newest.get(`person:${p.id}`)) })),
    ],
    units: [
      { path: '/research', lastmod: null },
      ...reference.units.map((u) => ({ path: `/research/${u.slug}`, lastmod: newest.get(`unit:${u.id}`) ?? null })),
    ],
    terms: reference.taxonomies.flatMap((taxonomy) => [
      { path: `/${taxonomy.path}`, lastmod: null },
      ...reference.terms.filter((t) => t.taxonomyId === taxonomy.id)
        .map((t) => ({ path: `/${taxonomy.path}/${t.slug}`, lastmod: newest.get(`term:${t.id}`) ?? null })),
    ]),
    pages: [
      { path: '/', lastmod: all },
      ...pages.filter((p) => p.isPublished).map((p) => ({ path: p.path, lastmod: p.updatedAt })),
    ],
  };
  const cacheTags = {
    publications: [tags.publicationLists, ...reference.series.map((s) => tags.series(s.id))],
    people: [tags.publicationLists, tags.peopleLists, ...people.map((p) => tags.person(p.id))],
    units: [tags.publicationLists, tags.unitLists, ...reference.units.map((u) => tags.unit(u.id))],
    terms: [tags.publicationLists, tags.termLists, tags.chrome, ...reference.terms.map((t) => tags.term(t.id))],
    pages: [tags.publicationLists, tags.pageTree, ...pages.map((p) => tags.page(p.id))],
  };
  return { entries, cacheTags };
}
