import type { DatePrecision } from './publication-date.js';
import type { PublicationStatus } from './workflow.js';

/**
 * One author line of a publication: a person of the institute (linked to a
 * profile) or an outside name. Order is the byline order.
 */
export interface PublicationAuthor {
  personId: string | null;
  personSlug: string | null;
  name: string;
}

export interface Publication {
  id: string;
  seriesId: string;
  /** Assigned on publish when the series numbers its items. */
  code: string | null;
  sequence: number | null;
  title: string;
  slug: string;
  /** `YYYY-MM-DD` or `YYYY-MM`; see publication-date.ts. */
  date: string;
  datePrecision: DatePrecision;
  synopsis: string;
  /** Markdown (CommonMark + GFM + footnotes + ```figure blocks). */
  body: string;
  /** Sanitised HTML of `body`, derived on every save. */
  bodyHtml: string;
  /** Author bio lines, Markdown, one paragraph per author. */
  bio: string;
  bioHtml: string;
  status: PublicationStatus;
  isFeatured: boolean;
  publishedAt: string | null;
  scheduledAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Increases with every save; an edit names the revision it was based on. */
  revision: number;
  /** The user account that created it (null: imports, the demo, the CLI). Authors own their items. */
  createdBy: string | null;
  authors: PublicationAuthor[];
  /** Registered with Crossref (`10.1234/abc`); shown on the page and used in citations. */
  doi?: string | null;
  termIds: string[];
  unitIds: string[];
  legacyUrls: string[];
}

/** What listings show: no body. */
export type PublicationSummary = Omit<Publication, 'body' | 'bodyHtml' | 'bio' | 'bioHtml' | 'legacyUrls'>;

export function displayTitle(publication: Pick<Publication, 'code' | 'title'>): string {
  return publication.code ? `${publication.code} | ${publication.title}` : publication.title;
}

/** `ip24112-japans-foreign-policy-outlook-in-2025`: the last URL segment. */
export function publicationHandle(publication: Pick<Publication, 'code' | 'slug'>): string {
  return publication.code ? `${publication.code.toLowerCase()}-${publication.slug}` : publication.slug;
}

export function publicationPath(seriesSlug: string, publication: Pick<Publication, 'code' | 'slug'>): string {
  return `/publications/${seriesSlug}/${publicationHandle(publication)}`;
}
