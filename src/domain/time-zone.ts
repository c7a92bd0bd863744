/**
 * IANA time zones, as Node's Intl data knows them (no table kept here). The
 * institute's zone (site settings) is the one the back office writes times in.
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
