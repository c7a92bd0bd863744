import type { Publication, PublicationAuthor, PublicationSummary } from '../../domain/publication.js';
import type { DatePrecision } from '../../domain/publication-date.js';
import type { PublicationStatus } from '../../domain/workflow.js';
import type { PublicationTable } from '../schema.js';
import { fromFlag } from './db-handle.js';

/** Columns listings read: everything but the body and its derivatives. */
export const SUMMARY_COLUMNS = [
  'id', 'series_id', 'code', 'sequence', 'title', 'slug', 'date', 'date_precision', 'synopsis', 'status',
  'is_featured', 'published_at', 'scheduled_at', 'created_at', 'updated_at', 'revision', 'created_by', 'doi',
] as const;

export type SummaryRow = Pick<PublicationTable, (typeof SUMMARY_COLUMNS)[number]>;

export interface PublicationLinks {
  authors: PublicationAuthor[];
  termIds: string[];
  unitIds: string[];
}

export function toSummary(row: SummaryRow, links: PublicationLinks): PublicationSummary {
  return {
    id: row.id,
    seriesId: row.series_id,
    code: row.code,
    sequence: row.sequence,
    title: row.title,
    slug: row.slug,
    date: row.date,
    datePrecision: row.date_precision as DatePrecision,
    synopsis: row.synopsis,
    status: row.status as PublicationStatus,
    isFeatured: fromFlag(row.is_featured),
    publishedAt: row.published_at,
    scheduledAt: row.scheduled_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
    createdBy: row.created_by,
    doi: row.doi,
    authors: links.authors,
    termIds: links.termIds,
    unitIds: links.unitIds,
  };
}

export function toPublication(row: PublicationTable, links: PublicationLinks, legacyUrls: string[]): Publication {
  return {
    ...toSummary(row, links),
    body: row.body,
    bodyHtml: row.body_html,
    bio: row.bio,
    bioHtml: row.bio_html,
    legacyUrls,
  };
}
