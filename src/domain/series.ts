import type { DatePrecision } from './publication-date.js';

/**
 * How a series numbers its items:
 * - `yearly`: prefix + 2-digit year + 3-digit sequence restarting each year
 *   (`IP24112`, `CO25171`);
 * - `running`: one sequence for the life of the series (`No. 248`);
 * - `none`: items carry no code (policy reports, books).
 */
export type Numbering = 'yearly' | 'running' | 'none';
export type SeriesGroup = 'institute' | 'external';

export interface Series {
  id: string;
  slug: string;
  name: string;
  group: SeriesGroup;
  codePrefix: string | null;
  numbering: Numbering;
  datePrecision: DatePrecision;
  unitId: string | null;
  description: string;
  position: number;
}

export const NUMBERINGS: readonly Numbering[] = ['yearly', 'running', 'none'];
export const SERIES_GROUPS: readonly SeriesGroup[] = ['institute', 'external'];

export interface CodeParts {
  /** Four-digit year for `yearly` numbering; 0 for `running`. */
  year: number;
  sequence: number;
}

/**
 * The counter scope a new code is drawn from. Running numbers share one
 * counter (year 0); yearly numbers restart every calendar year.
 */
export function counterYear(numbering: Numbering, publicationYear: number): number {
  return numbering === 'yearly' ? publicationYear : 0;
}

export function formatCode(series: Pick<Series, 'codePrefix' | 'numbering'>, parts: CodeParts): string | null {
  const prefix = series.codePrefix ?? '';
  if (series.numbering === 'yearly') {
    const yy = String(parts.year % 100).padStart(2, '0');
    return `${prefix}${yy}${String(parts.sequence).padStart(3, '0')}`;
  }
  if (series.numbering === 'running') return `${prefix}${parts.sequence}`;
  return null;
}

/** How a code is printed: yearly codes as they are, running numbers as "No. 248". */
export function displayCode(series: Pick<Series, 'numbering'>, code: string | null, sequence: number | null): string | null {
  if (!code) return null;
  if (series.numbering === 'running' && sequence !== null) return `No. ${sequence}`;
  return code;
}

/** Does `text` look like a code of this series (case-insensitive)? Used to resolve short URLs. */
export function matchesCode(series: Pick<Series, 'codePrefix' | 'numbering'>, text: string): boolean {
  if (series.numbering === 'none') return false;
  const prefix = (series.codePrefix ?? '').toUpperCase();
  const upper = text.toUpperCase();
  if (!upper.startsWith(prefix)) return false;
  const digits = upper.slice(prefix.length);
  return series.numbering === 'yearly' ? /^\d{5,}$/.test(digits) : /^\d+$/.test(digits);
}
