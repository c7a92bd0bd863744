import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** A connection or an open transaction: repositories work the same on both. */
export type Db = Kysely<Database>;

export const toFlag = (value: boolean): number => (value ? 1 : 0);
export const fromFlag = (value: number | boolean): boolean => value === 1 || value === true;

export function parseJsonArray<T>(text: string): T[] {
  const parsed = JSON.parse(text) as unknown;
  return Array.isArray(parsed) ? (parsed as T[]) : [];
}

/** Group rows by a key, keeping row order (the queries order them). */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
