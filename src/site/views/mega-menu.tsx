import type { FC } from 'hono/jsx';
import type { MenuNode } from '../../domain/menu.js';

interface MenuProps {
  items: MenuNode[];
  currentPath: string;
}

/** A column of a panel: a heading (an item without a URL) over links, or a run of plain links. */
interface MenuColumn {
  heading: MenuNode | null;
  links: MenuNode[];
}

/** Consecutive plain links share one column; every heading starts a column of its own. */
export function menuColumns(children: MenuNode[]): MenuColumn[] {
  const columns: MenuColumn[] = [];
  let loose: MenuColumn | null = null;
  for (const child of children) {
    if (child.url === null || child.children.length > 0) {
      loose = null;
      columns.push({ heading: child, links: child.children });
    } else {
      if (!loose) columns.push((loose = { heading: null, links: [] }));
      loose.links.push(child);
    }
  }
  return columns;
}

const isCurrent = (url: string | null, currentPath: string) => url !== null && url === currentPath;

const MenuLink: FC<{ item: MenuNode; currentPath: string; class?: string }> = ({ item, currentPath, class: className }) =>
  item.url === null
    ? <span class={className}>{item.label}</span>
    : <a class={className} href={item.url} aria-current={isCurrent(item.url, currentPath) ? 'page' : undefined}>{item.label}</a>;

const Panel: FC<{ item: MenuNode; index: number; currentPath: string }> = ({ item, index, currentPath }) => (
  <div class="mega-panel">
    <div class="mega-inner container">
      {item.url ? <a class="mega-overview" href={item.url}>{item.label}<span aria-hidden="true"> →</span></a> : null}
      <div class="mega-columns">
        {menuColumns(item.children).map((column, c) => {
          const headingId = `menu_${index}_${c}`;
          return (
            <div class="mega-column">
              {column.heading
                ? <p class="mega-heading" id={headingId}><MenuLink item={column.heading} currentPath={currentPath} /></p>
                : null}
              <ul aria-labelledby={column.heading ? headingId : undefined}>
                {column.links.map((link) => <li><MenuLink item={link} currentPath={currentPath} /></li>)}
              </ul>
            </div>
          );
        })}
      </div>
    </div>
  </div>
);

/**
 * The mega-menu without JavaScript: each top-level item with children is a
 * <details> (keyboard operable by nature; `name` makes them exclusive in
 * current browsers), and the whole menu sits in one more <details> that is
 * the "Menu" toggle on narrow screens and shows as a bar on wide ones
 * (site.css). /assets/menu.js only adds Escape, click-outside and focus return.
 */
export const MegaMenu: FC<MenuProps> = ({ items, currentPath }) => (
  <nav class="site-nav" aria-label="Main">
    <details class="nav-drawer" data-nav-drawer="">
      <summary class="nav-drawer-toggle">Menu</summary>
      <ul class="nav-top container">
        {items.map((item, index) => {
          const isActive = isCurrent(item.url, currentPath) || (item.url !== null && item.url !== '/' && currentPath.startsWith(`${item.url}/`));
          if (item.children.length === 0) {
            if (item.url === null) return <li class="nav-item"><span class="nav-link">{item.label}</span></li>;
            return (
              <li class="nav-item">
                <a class={isActive ? 'nav-link is-active' : 'nav-link'} href={item.url} aria-current={isCurrent(item.url, currentPath) ? 'page' : undefined}>{item.label}</a>
              </li>
            );
          }
          return (
            <li class="nav-item">
              <details class="nav-section" name="main_menu" data-nav-section="">
                <summary class={isActive ? 'nav-link is-active' : 'nav-link'}>{item.label}</summary>
                <Panel item={item} index={index} currentPath={currentPath} />
              </details>
            </li>
          );
        })}
      </ul>
    </details>
  </nav>
);
