/** The /search page's parameters, in order, each with its values (`theme=a&theme=b`). */
export type SearchParams = Map<string, string[]>;

/** Read the parameters a search link should carry: `known` names only, empty values dropped. */
export function readSearchParams(url: URL, known: readonly string[]): SearchParams {
  const out: SearchParams = new Map();
  for (const [name, value] of url.searchParams) {
    if (!known.includes(name) || value === '') continue;
    out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}

/** Add a value; any change of filters starts again at the first page. */
export function withParam(params: SearchParams, name: string, value: string): SearchParams {
  const out: SearchParams = new Map([...params].filter(([key]) => key !== 'page' || name === 'page'));
  if (value === '') return out;
  const values = out.get(name) ?? [];
  if (!values.includes(value)) out.set(name, [...values, value]);
  return out;
}

/** Remove one value of a parameter, or all of them. */
export function withoutParam(params: SearchParams, name: string, value?: string): SearchParams {
  const out: SearchParams = new Map();
  for (const [key, values] of params) {
    if (key === 'page' && name !== 'page') continue;
    const kept = key === name ? (value === undefined ? [] : values.filter((v) => v !== value)) : values;
    if (kept.length) out.set(key, kept);
  }
  return out;
}

export function searchHref(params: SearchParams): string {
  const query = new URLSearchParams();
  for (const [name, values] of params) for (const value of values) query.append(name, value);
  const text = query.toString();
  return text ? `/search?${text}` : '/search';
}
