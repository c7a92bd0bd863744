import { invalidField } from './errors.js';

/**
 * A publication date with its precision. Many reports carry only a month
 * ("March 2015"), commentaries a day ("30 December 2024"). Stored as
 * `YYYY-MM-DD` or `YYYY-MM`, which sort correctly as text.
 */
export type DatePrecision = 'day' | 'month';

export interface PublicationDate {
  year: number;
  month: number;
  day?: number;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

export function parseStoredDate(value: string, field = 'date'): PublicationDate {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) throw invalidField(field, `"${value}" is not a date in the form YYYY-MM-DD or YYYY-MM`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month < 1 || month > 12) throw invalidField(field, `month ${month} is out of range in "${value}"`);
  if (day !== undefined) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > last) throw invalidField(field, `day ${day} does not exist in ${monthName(month)} ${year}`);
  }
  return day === undefined ? { year, month } : { year, month, day };
}

export function precisionOf(date: PublicationDate): DatePrecision {
  return date.day === undefined ? 'month' : 'day';
}

export function toStoredDate(date: PublicationDate): string {
  const ym = `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}`;
  return date.day === undefined ? ym : `${ym}-${String(date.day).padStart(2, '0')}`;
}

/** "30 December 2024" or "March 2015", as the institute prints dates. */
export function formatDate(stored: string): string {
  const date = parseStoredDate(stored);
  const month = monthName(date.month);
  return date.day === undefined ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}

/** Reduce a date to the precision a series prints (a month-precision series drops the day). */
export function withPrecision(stored: string, precision: DatePrecision): string {
  const date = parseStoredDate(stored);
  if (precision === 'month') return toStoredDate({ year: date.year, month: date.month });
  return toStoredDate(date);
}

export function yearOf(stored: string): number {
  return Number(stored.slice(0, 4));
}
