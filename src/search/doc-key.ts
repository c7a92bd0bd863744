/**
 * Index row keys ordered by publication date. A key is the publication's day
 * (counted from 1900-01-01) times 65,536 plus a slot within the day, so the
 * index's own key order is date order: "newest first" is a walk down the
 * keys, and the full-text engines can stop after the first page instead of
 * sorting every match (see search-engine.ts).
 */
export const SLOTS_PER_DAY = 65_536;

const EPOCH_1900 = Date.UTC(1900, 0, 1);
const MS_PER_DAY = 86_400_000;

/** Day number of a stored date (`YYYY-MM-DD`, or `YYYY-MM` as the first of the month). */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const time = Date.UTC(year ?? 1900, (month ?? 1) - 1, day ?? 1);
  return Number.isFinite(time) ? Math.max(0, Math.floor((time - EPOCH_1900) / MS_PER_DAY)) : 0;
}

export function dayOfKey(key: number): number {
  return Math.floor(key / SLOTS_PER_DAY);
}

export function firstKeyOfDay(day: number): number {
  return day * SLOTS_PER_DAY;
}
