/**
 * Lines that say what kind of item a page is, printed above or beside the
 * title: `Policy Report`, `Event Report`, `RSIS Working Paper No. 248`,
 * `NTS Alert AL13-01`, `Think Tank (6/2024)`, the `CENS / Online` source line
 * of media highlights. They name the series and sometimes the number.
 */
export interface SeriesLabel {
  /** What the page calls its kind ("Working Paper"); matched against the site's series later. */
  name: string;
  /** The number it prints: "No. 248", "AL13-01", "Issue 30". */
  code: string | null;
  /** The unit a source line names (`CENS / Online`). */
  unit: string | null;
}

const FORMS: { pattern: RegExp; read(m: RegExpExecArray): SeriesLabel }[] = [
  { pattern: /^(?:RSIS\s+|IDSS\s+)?(Working Papers?)(?:\s*(?:No\.?|Number|#)\s*(\d+))?$/i, read: (m) => ({ name: 'Working Papers', code: m[2] ? `No. ${m[2]}` : null, unit: null }) },
  { pattern: /^(?:RSIS\s+)?((?:Event|Conference|Workshop|Seminar|Roundtable|Commemorative)\s+Report)$/i, read: () => ({ name: 'Event Report', code: null, unit: null }) },
  { pattern: /^(?:RSIS\s+|[A-Z]{2,6}\s+)?(Policy Report)$/i, read: () => ({ name: 'Policy Reports', code: null, unit: null }) },
  { pattern: /^(NTS Alert)\s*(?:[|:–-]\s*)?([A-Z]{2}\d{2}-\d{2})?$/i, read: (m) => ({ name: 'NTS Alert', code: m[2] ?? null, unit: 'NTS Centre' }) },
  { pattern: /^(NTS Insight|IDSS Papers?|RSIS Commentar(?:y|ies)(?: Series)?|Monographs?|Op-Eds?|Media Highlights?|Staff Publications?)$/i, read: (m) => ({ name: m[1] ?? '', code: null, unit: null }) },
  { pattern: /^(Interreligious Relations)(?:\s*[|:–-]?\s*Issue\s*(\d+))?$/i, read: (m) => ({ name: 'Interreligious Relations', code: m[2] ? `Issue ${m[2]}` : null, unit: null }) },
  { pattern: /^(Think Tank)\b\s*(?:\((?:\d{1,2}\/\d{4}|[A-Za-z ]+\d{4})\)|\d{4})?$/i, read: () => ({ name: 'Think Tank', code: null, unit: null }) },
  { pattern: /^([A-Z]{2,6}(?: Centre)?)\s*\/\s*(?:Online|Print|Broadcast|Radio|TV)$/, read: (m) => ({ name: 'Media Highlights', code: null, unit: m[1] ?? null }) },
];

export function parseSeriesLabel(line: string): SeriesLabel | null {
  const text = line.trim();
  if (text.length > 80) return null;
  for (const form of FORMS) {
    const match = form.pattern.exec(text);
    if (match) return form.read(match);
  }
  return null;
}
