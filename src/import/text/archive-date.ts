import { parseStoredDate, toStoredDate } from '../../domain/publication-date.js';

/**
 * Dates as archived pages print them, to the stored form with its precision:
 * `30 December 2024`, `01 Nov 2024`, `December 30, 2024`, `14/03/2017`
 * (day first: the institute is in Singapore), `2024-12-30`, and the month-only
 * `March 2015` of reports. `Last updated on` and similar lead-ins are allowed.
 */
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const LEAD_IN = '(?:(?:last\\s+)?(?:updated|published|posted|dated?)(?:\\s+on)?\\s*:?\\s*|date\\s*:\\s*|on\\s+)?';

const FORMS: { pattern: RegExp; read(m: RegExpExecArray): { year: number; month: number; day?: number } }[] = [
  // 30 December 2024, 01 Nov 2024, 3rd September 2012
  { pattern: new RegExp(`^${LEAD_IN}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})$`, 'i'), read: (m) => ({ day: Number(m[1]), month: monthOf(m[2]), year: Number(m[3]) }) },
  // December 30, 2024
  { pattern: new RegExp(`^${LEAD_IN}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i'), read: (m) => ({ day: Number(m[2]), month: monthOf(m[1]), year: Number(m[3]) }) },
  // 14/03/2017, 14.03.2017, 14-03-2017 (day first)
  { pattern: new RegExp(`^${LEAD_IN}(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$`, 'i'), read: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }) },
  // 2024-12-30, optionally with a time (HTML meta and WordPress)
  { pattern: new RegExp(`^${LEAD_IN}(\\d{4})-(\\d{2})-(\\d{2})(?:[T ][\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?$`, 'i'), read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) },
  // March 2015
  { pattern: new RegExp(`^${LEAD_IN}${MONTH},?\\s+(\\d{4})$`, 'i'), read: (m) => ({ month: monthOf(m[1]), year: Number(m[2]) }) },
];

function monthOf(name: string | undefined): number {
  return MONTHS[(name ?? '').slice(0, 4).toLowerCase().replace(/\.$/, '')] ?? MONTHS[(name ?? '').slice(0, 3).toLowerCase()] ?? 0;
}

/** The stored date (`YYYY-MM-DD` or `YYYY-MM`) a line states, or null when the line is not just a date. */
export function parseArchiveDate(line: string): string | null {
  const text = line.trim().replace(/\s+/g, ' ');
  if (text.length > 60) return null;
  for (const form of FORMS) {
    const match = form.pattern.exec(text);
    if (!match) continue;
    const parts = form.read(match);
    if (parts.year < 1900 || parts.year > 2100) return null;
    const stored = toStoredDate(parts);
    try {
      parseStoredDate(stored);
      return stored;
    } catch {
      return null;
    }
  }
  return null;
}

/** A date anywhere in a short line: "Event Report 12 November 2015", "Policy Report | March 2015". */
export function findDateIn(line: string): string | null {
  const whole = parseArchiveDate(line);
  if (whole) return whole;
  if (line.length > 120) return null;
  const patterns = [
    new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}\\b`, 'i'),
    new RegExp(`\\b${MONTH}\\s+\\d{1,2},\\s+\\d{4}\\b`, 'i'),
    /\b\d{1,2}\/\d{1,2}\/\d{4}\b/,
    new RegExp(`\\b${MONTH}\\s+\\d{4}\\b`, 'i'),
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(line);
    const date = match && parseArchiveDate(match[0]);
    if (date) return date;
  }
  return null;
}
