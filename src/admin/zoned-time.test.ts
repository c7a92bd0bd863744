import { describe, expect, it } from 'vitest';
import { formatMoment, isoToLocalInput, isTimeZone, zonedToIso } from './zoned-time.js';

describe('times in the back office', () => {
  it('reads a wall-clock time in a zone as an instant, and shows an instant as that wall-clock time', () => {
    expect(zonedToIso('2025-03-01T09:00', 'Asia/Singapore')).toBe('2025-03-01T01:00:00.000Z');
    expect(isoToLocalInput('2025-03-01T01:00:00.000Z', 'Asia/Singapore')).toBe('2025-03-01T09:00');
    // Across a daylight-saving change the two stay inverse.
    for (const local of ['2025-03-29T23:30', '2025-03-30T12:00', '2025-10-26T00:15']) {
      expect(isoToLocalInput(zonedToIso(local, 'Europe/London') ?? '', 'Europe/London')).toBe(local);
    }
    expect(isoToLocalInput('2025-01-01T00:05:00.000Z', 'UTC')).toBe('2025-01-01T00:05');
  });

  it('writes a moment with its zone, and knows a zone from a made-up one', () => {
    expect(formatMoment('2026-11-25T06:05:00.000Z', 'Asia/Singapore')).toBe('25 Nov 2026, 14:05 Asia/Singapore');
    expect(formatMoment('2026-11-25T06:05:00.000Z')).toBe('25 Nov 2026, 06:05 UTC');
    expect(isTimeZone('Asia/Singapore')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(zonedToIso('2025-03-01T09:00', 'Mars/Olympus_Mons')).toBeNull();
  });
});
