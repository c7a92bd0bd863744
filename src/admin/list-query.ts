import { invalid, type FieldIssue } from '../domain/errors.js';

export type SortDirection = 'asc' | 'desc';

/**
 * What a list screen accepts in its query string. Anything else in the
 * URL is refused with a 400 naming the parameter, so a mistyped link
 * says what is wrong instead of quietly showing another list.
 */
export interface ListSpec {
  /** Column keys a reader may sort by; the first is the default unless `defaultSort` says otherwise. */
  sorts: readonly string[];
  defaultSort?: string;
  defaultDir?: SortDirection;
  /** Filter name -> the values it accepts ('' always means "any"). */
  filters?: Record<string, readonly string[]>;
  /** Rows per page (default 25). */
  pageSize?: number;
}

export interface ListQuery {
  /** The search words, trimmed ('' when none). */
  q: string;
  sort: string;
  dir: SortDirection;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** Only filters with a value; a filter left empty is absent. */
  filters: Record<string, string>;
}

export const DEFAULT_PAGE_SIZE = 25;
const MAX_PAGE = 100_000;

/**
 * Parse `?q=&sort=&dir=&page=&<filter>=` against a spec. Bad values throw
 * an `invalid` DomainError (HTTP 400 in the admin) with one issue per
 * parameter at fault.
 *
 *   const query = parseListQuery(c.req.query(), { sorts: ['name', 'code'], filters: { group: ['institute', 'external'] } });
 */
export function parseListQuery(params: Record<string, string | undefined>, spec: ListSpec): ListQuery {
  const issues: FieldIssue[] = [];
  const defaultSort = spec.defaultSort ?? spec.sorts[0] ?? '';
  const sort = params.sort || defaultSort;
  if (!spec.sorts.includes(sort)) issues.push({ field: 'sort', message: `cannot sort by "${sort}"; choose one of ${spec.sorts.join(', ')}` });
  const dir = params.dir || spec.defaultDir || 'asc';
  if (dir !== 'asc' && dir !== 'desc') issues.push({ field: 'dir', message: 'must be "asc" or "desc"' });
  const rawPage = params.page || '1';
  const page = /^\d{1,6}$/.test(rawPage) ? Number(rawPage) : NaN;
  if (!(page >= 1 && page <= MAX_PAGE)) issues.push({ field: 'page', message: 'must be a whole number from 1' });
  const q = (params.q ?? '').trim();
  if (q.length > 200) issues.push({ field: 'q', message: 'must be at most 200 characters' });
  const filters: Record<string, string> = {};
  for (const [name, allowed] of Object.entries(spec.filters ?? {})) {
    const value = params[name];
    if (!value) continue;
    if (!allowed.includes(value)) issues.push({ field: name, message: `"${value}" is not one of the choices` });
    else filters[name] = value;
  }
  if (issues.length) throw invalid(issues);
  return { q, sort, dir: dir as SortDirection, page, pageSize: spec.pageSize ?? DEFAULT_PAGE_SIZE, filters };
}

/** The query string of a list URL, leaving out defaults so links stay short. `changes` override the current query. */
export function listHref(basePath: string, query: ListQuery, changes: Partial<Omit<ListQuery, 'filters' | 'pageSize'>> & { filters?: Record<string, string> } = {}): string {
  const next = { ...query, ...changes, filters: { ...query.filters, ...changes.filters } };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  for (const [name, value] of Object.entries(next.filters)) if (value) params.set(name, value);
  params.set('sort', next.sort);
  params.set('dir', next.dir);
  if (next.page > 1) params.set('page', String(next.page));
  return `${basePath}?${params.toString()}`;
}

export interface ListPage<T> {
  rows: T[];
  /** Rows matching the search and filters, over all pages. */
  total: number;
  /** The page shown (past the end: the last page). */
  page: number;
  pageCount: number;
}

export interface InMemoryListRules<T> {
  /** The text the search words are looked for in (case-insensitive, every word must appear). */
  searchText: (row: T) => string;
  /** Sort key -> the value to compare. */
  sortValue: Record<string, (row: T) => string | number | null>;
  /** Filter name -> whether a row passes the chosen value. */
  filter?: Record<string, (row: T, value: string) => boolean>;
}

/**
 * Search, filter, sort and cut one page of a list held in memory: right
 * for structure content (series, people, units, terms, pages), which is
 * hundreds of rows, not the publications archive (which queries the store).
 */
export function applyListQuery<T>(rows: readonly T[], query: ListQuery, rules: InMemoryListRules<T>): ListPage<T> {
  const words = query.q.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  let matched = rows.filter((row) => {
    if (words.length) {
      const text = rules.searchText(row).toLocaleLowerCase();
      if (!words.every((w) => text.includes(w))) return false;
    }
    return Object.entries(query.filters).every(([name, value]) => rules.filter?.[name]?.(row, value) ?? true);
  });
  const key = rules.sortValue[query.sort];
  if (key) {
    const sign = query.dir === 'desc' ? -1 : 1;
    matched = [...matched].sort((a, b) => compareValues(key(a), key(b), sign));
  }
  const pageCount = Math.max(1, Math.ceil(matched.length / query.pageSize));
  const page = Math.min(query.page, pageCount);
  const start = (page - 1) * query.pageSize;
  return { rows: matched.slice(start, start + query.pageSize), total: matched.length, page, pageCount };
}

function compareValues(a: string | number | null, b: string | number | null, sign: number): number {
  // Empty values go last in either direction: they carry no order.
  if (a === null || a === '') return b === null || b === '' ? 0 : 1;
  if (b === null || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return sign * (a - b);
  return sign * String(a).localeCompare(String(b), 'en', { numeric: true, sensitivity: 'base' });
}
