import { diffRevisionTexts, type FieldDiff, type RevisionSummary } from '../domain/revision.js';
import type { ActionContext } from './action-context.js';
import { loadReferenceData } from './reference-data.js';
import { getHistoryPublication, getRevisionOf, revisionTexts } from './revision-access.js';

export interface GetRevisionDiffInput {
  id: string;
  /** The older side: a revision id or number. */
  from: string | number;
  /** The newer side: a revision id or number (default: the current revision). */
  to?: string | number;
}

export interface RevisionDiff {
  from: RevisionSummary;
  to: RevisionSummary;
  /** Every field in reading order; `isChanged` false for fields the two share. */
  fields: FieldDiff[];
}

/**
 * Word-level diff between any two revisions of a publication, field by
 * field (title, slug, series, date, authors, synopsis, body, bio,
 * categories, units, featured, old URLs), with names instead of ids.
 * Concatenating a field's equal+delete segments gives the `from` text,
 * equal+insert the `to` text.
 */
export async function getRevisionDiff(ctx: ActionContext, input: GetRevisionDiffInput): Promise<RevisionDiff> {
  const { publication } = await getHistoryPublication(ctx, input.id);
  const [from, to, reference] = await Promise.all([
    getRevisionOf(ctx, publication.id, input.from, 'from'),
    getRevisionOf(ctx, publication.id, input.to ?? publication.revision, 'to'),
    loadReferenceData(ctx.store),
  ]);
  const { snapshot: _fromSnapshot, ...fromSummary } = from;
  const { snapshot: _toSnapshot, ...toSummary } = to;
  return {
    from: fromSummary,
    to: toSummary,
    fields: diffRevisionTexts(revisionTexts(from, reference), revisionTexts(to, reference)),
  };
}
