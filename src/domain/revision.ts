import type { Publication } from './publication.js';
import { diffText, type DiffSegment } from './word-diff.js';

/** Every editable field of a publication, as one revision keeps it. */
export interface RevisionSnapshot {
  seriesId: string;
  title: string;
  slug: string;
  date: string;
  synopsis: string;
  body: string;
  bio: string;
  authors: { personId: string | null; name: string }[];
  termIds: string[];
  unitIds: string[];
  isFeatured: boolean;
  legacyUrls: string[];
}

/**
 * `save`: an ordinary save (the first one creates the item). `restore`: a
 * save whose content came from an older revision. `conflict`: a save refused
 * because the editor's copy was stale; kept so nothing typed is lost, never
 * current, and restorable like any other revision.
 */
export type RevisionKind = 'save' | 'restore' | 'conflict';

export interface PublicationRevision {
  id: string;
  publicationId: string;
  /** The publication's revision number it became; null for a refused save. */
  revision: number | null;
  kind: RevisionKind;
  /** The revision the editor's copy was based on. */
  baseRevision: number | null;
  /** For a restore: the id of the revision whose content came back. */
  restoredFrom: string | null;
  snapshot: RevisionSnapshot;
  actorId: string;
  actorName: string;
  createdAt: string;
}

/** A revision without its snapshot (history lists). */
export type RevisionSummary = Omit<PublicationRevision, 'snapshot'>;

export function snapshotOf(p: Publication): RevisionSnapshot {
  return {
    seriesId: p.seriesId,
    title: p.title,
    slug: p.slug,
    date: p.date,
    synopsis: p.synopsis,
    body: p.body,
    bio: p.bio,
    authors: p.authors.map((a) => ({ personId: a.personId, name: a.name })),
    termIds: [...p.termIds],
    unitIds: [...p.unitIds],
    isFeatured: p.isFeatured,
    legacyUrls: [...p.legacyUrls],
  };
}

export const REVISION_FIELDS = [
  ['title', 'Title'],
  ['slug', 'Slug'],
  ['series', 'Series'],
  ['date', 'Date'],
  ['authors', 'Authors'],
  ['synopsis', 'Synopsis'],
  ['body', 'Body'],
  ['bio', 'Author bio'],
  ['terms', 'Categories'],
  ['units', 'Units'],
  ['featured', 'Featured'],
  ['legacyUrls', 'Old URLs'],
] as const;

export type RevisionField = (typeof REVISION_FIELDS)[number][0];

/** A revision as text, field by field, with references already turned into names. */
export type RevisionTexts = Record<RevisionField, string>;

export interface FieldDiff {
  field: RevisionField;
  label: string;
  isChanged: boolean;
  segments: DiffSegment[];
}

/** Field-by-field word diff of two revisions, in the order an editor reads them. */
export function diffRevisionTexts(before: RevisionTexts, after: RevisionTexts): FieldDiff[] {
  return REVISION_FIELDS.map(([field, label]) => ({
    field,
    label,
    isChanged: before[field] !== after[field],
    segments: diffText(before[field], after[field]),
  }));
}
