/**
 * Times in the back office. A `datetime-local` input sends a wall-clock
 * time without a zone (HTML, section 4.10.5.1.8), so a form sends the zone
 * beside it and the server turns the pair into an instant. Node's Intl data
 * knows every IANA zone, so no table is kept here.
 */

/** Every IANA time zone this runtime knows, UTC first. */
export function timeZoneNames(): string[] {
  const names = Intl.supportedValuesOf('timeZone');
  return ['UTC', ...names.filter((n) => n !== 'UTC')];
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

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
