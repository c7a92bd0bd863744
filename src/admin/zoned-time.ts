/**
 * Times in the back office. A `datetime-local` input sends a wall-clock
 * time without a zone (HTML, section 4.10.5.1.8), so a form sends the zone
 * beside it and the server turns the pair into an instant. Node's Intl data
 * knows every IANA zone, so no table is kept here.
 */

import { isTimeZone } from '../domain/time-zone.js';

export { isTimeZone, timeZoneNames } from '../domain/time-zone.js';

/** Minutes east of UTC of `zone` at the instant `ms`. */
function offsetMinutes(zone: string, ms: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60000);
}

/**
 * `2025-03-01T09:00` in `Asia/Singapore` -> `2025-03-01T01:00:00.000Z`.
 * Null when the text is not a date-time or the zone is unknown. A wall time
 * skipped by a daylight-saving change resolves to the instant after the gap.
 */
export function zonedToIso(local: string, zone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!match || !isTimeZone(zone)) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s);
  if (Number.isNaN(wall)) return null;
  const first = wall - offsetMinutes(zone, wall) * 60000;
  const second = wall - offsetMinutes(zone, first) * 60000;
  return new Date(second).toISOString();
}

/** The wall-clock time of an instant in `zone`, as a `datetime-local` value: `2025-03-01T09:00`. */
export function isoToLocalInput(iso: string, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** `25 Nov 2026, 14:05 UTC`: how the back office writes a moment. */
export function formatMoment(iso: string, zone = 'UTC'): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(new Date(iso));
  return `${text} ${zone}`;
}

/** `25 Nov 2026`. */
export function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
