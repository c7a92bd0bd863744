/**
 * Keys of a match set as one text value (a JSON array or comma-separated
 * list) -> ascending Float64Array. Keys stay below 2^53, so doubles hold them
 * exactly, and a typed array sorts numerically without a comparator.
 */
export function parseKeyList(text: string): Float64Array {
  const json = text.startsWith('[') ? text : `[${text}]`;
  const keys = new Float64Array(JSON.parse(json) as number[]);
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1]! > keys[i]!) return keys.sort();
  }
  return keys;
}
