import { randomBytes } from 'node:crypto';

/**
 * Text ids generated in the app (DESIGN.md section 4): a millisecond timestamp
 * in base 36 followed by 10 random base-36 characters. They sort by creation
 * time, which keeps index inserts local, and need no database sequence.
 */
export function newId(now: number = Date.now()): string {
  const time = now.toString(36).padStart(9, '0');
  const bytes = randomBytes(10);
  let random = '';
  for (const byte of bytes) random += (byte % 36).toString(36);
  return time + random;
}

let lastOrderedTime = 0;

/**
 * Like newId, but strictly increasing within this process even for ids made
 * in the same millisecond, so log-like rows (audit lines, revisions, workflow
 * events) written at one clock time still list in the order they were written.
 */
export function newOrderedId(): string {
  lastOrderedTime = Math.max(Date.now(), lastOrderedTime + 1);
  return newId(lastOrderedTime);
}
