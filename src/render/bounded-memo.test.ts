import { describe, expect, it } from 'vitest';
import { boundedMemo } from './bounded-memo.js';

describe('boundedMemo', () => {
  it('computes once per input, drops the least recently used past its limit', () => {
    const calls: string[] = [];
    const upper = boundedMemo(2, (key) => {
      calls.push(key);
      return key.toUpperCase();
    });
    expect(upper('a')).toBe('A');
    expect(upper('b')).toBe('B');
    expect(upper('a')).toBe('A');
    expect(calls).toEqual(['a', 'b']);
    upper('c'); // evicts b, the least recently used
    upper('a');
    upper('b');
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });
});
