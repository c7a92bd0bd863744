/**
 * Remember what a pure function gave for recent inputs, keyed by the input
 * itself, so a changed input is never answered from memory. Used for derived
 * text that is costly to make and asked for on every uncached page view
 * (formatted citations, the first figure of a body). Oldest entries go first
 * once `limit` is reached (a Map keeps insertion order).
 */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const entries = new Map<string, V>();
  return (key) => {
    if (entries.has(key)) {
      const value = entries.get(key) as V;
      // Move to the newest end, so entries in use stay.
      entries.delete(key);
      entries.set(key, value);
      return value;
    }
    const value = compute(key);
    entries.set(key, value);
    if (entries.size > limit) entries.delete(entries.keys().next().value as string);
    return value;
  };
}
