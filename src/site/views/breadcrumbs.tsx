import type { FC } from 'hono/jsx';

/** One step of the trail; the last step is the current page and carries no link. */
export interface Crumb {
  label: string;
  href?: string;
}

export const Breadcrumbs: FC<{ items: Crumb[] }> = ({ items }) => (
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <ol class="container">
      {items.map((item, i) => {
        const isLast = i === items.length - 1;
        return (
          <li>
            {i > 0 ? <span class="crumb-separator" aria-hidden="true">›</span> : null}
            {isLast || !item.href
              ? <span aria-current={isLast ? 'page' : undefined}>{item.label}</span>
              : <a href={item.href}>{item.label}</a>}
          </li>
        );
      })}
    </ol>
  </nav>
);

export const HOME_CRUMB: Crumb = { label: 'Home', href: '/' };
export const PUBLICATIONS_CRUMB: Crumb = { label: 'Publications', href: '/publications' };
