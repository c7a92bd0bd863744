import type { FC } from 'hono/jsx';

export interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  /** The listing's path; page N is `?page=N`, page 1 the bare path. */
  basePath: string;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function pageHref(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}?page=${page}`;
}

/** Page numbers to print: the first, the last, and two either side of the current one; null is a gap. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const [i, n] of sorted.entries()) {
    const previous = sorted[i - 1];
    if (previous !== undefined && n - previous > 1) out.push(n - previous === 2 ? n - 1 : null);
    out.push(n);
  }
  return out;
}

export const Pagination: FC<PaginationProps> = ({ page, pageSize, total, basePath }) => {
  const pages = pageCount(total, pageSize);
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label="Pagination">
      <p class="pagination-status">Page {page} of {pages}</p>
      <ul>
        {page > 1 ? <li><a class="pagination-step" href={pageHref(basePath, page - 1)} rel="prev">← Previous<span class="visually-hidden"> page</span></a></li> : null}
        {pageWindow(page, pages).map((n) =>
          n === null
            ? <li class="pagination-gap" aria-hidden="true">…</li>
            : <li>
              {n === page
                ? <span class="pagination-current" aria-current="page"><span class="visually-hidden">Page </span>{n}</span>
                : <a href={pageHref(basePath, n)}><span class="visually-hidden">Page </span>{n}</a>}
            </li>)}
        {page < pages ? <li><a class="pagination-step" href={pageHref(basePath, page + 1)} rel="next">Next<span class="visually-hidden"> page</span> →</a></li> : null}
      </ul>
    </nav>
  );
};
