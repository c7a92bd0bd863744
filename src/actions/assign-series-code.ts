import { invalidField } from '../domain/errors.js';
import { counterYear, formatCode, matchesCode, type Series } from '../domain/series.js';
import { yearOf } from '../domain/publication-date.js';
import type { Store } from '../store/store.js';

export interface AssignedCode {
  code: string | null;
  sequence: number | null;
}

/**
 * Draw the next code of a series for an item dated `date`. Must run inside
 * the transaction that saves the item, so a failed save returns nothing to
 * the counter and two publishers never share a number.
 */
export async function drawSeriesCode(tx: Store, series: Series, date: string): Promise<AssignedCode> {
  if (series.numbering === 'none') return { code: null, sequence: null };
  const year = counterYear(series.numbering, yearOf(date));
  const sequence = await tx.series.nextSequence(series.id, year);
  return { code: formatCode(series, { year, sequence }), sequence };
}

/**
 * Accept a code given explicitly (archive imports, the demo's IP24112):
 * it must fit the series, be free, and the counter moves past it.
 */
export async function claimSeriesCode(tx: Store, series: Series, date: string, code: string, excludeId?: string): Promise<AssignedCode> {
  const upper = code.trim().toUpperCase();
  if (!matchesCode(series, upper)) {
    const example = formatCode(series, { year: yearOf(date), sequence: 1 }) ?? '(this series has no codes)';
    throw invalidField('code', `"${code}" is not a code of ${series.name} (expected the form ${example})`);
  }
  const digits = upper.slice((series.codePrefix ?? '').length);
  const isYearly = series.numbering === 'yearly';
  const sequence = Number(isYearly ? digits.slice(2) : digits);
  if (isYearly && Number(digits.slice(0, 2)) !== yearOf(date) % 100) {
    throw invalidField('code', `${upper} belongs to 20${digits.slice(0, 2)} but the date is ${date}`);
  }
  const holder = await tx.publications.findByCode(upper);
  if (holder && holder.id !== excludeId) throw invalidField('code', `${upper} is already used by "${holder.title}"`);
  await tx.series.raiseCounter(series.id, counterYear(series.numbering, yearOf(date)), sequence);
  return { code: upper, sequence };
}
