export type MenuName = 'main' | 'footer';
export const MENU_NAMES: readonly MenuName[] = ['main', 'footer'];

/** A link in a menu tree. Items without a URL are column headings in the mega-menu. */
export interface MenuItem {
  id: string;
  menu: MenuName;
  parentId: string | null;
  label: string;
  url: string | null;
  position: number;
}

export interface MenuNode extends MenuItem {
  children: MenuNode[];
}

export function buildMenuTree(items: MenuItem[]): MenuNode[] {
  const nodes = new Map<string, MenuNode>();
  for (const item of items) nodes.set(item.id, { ...item, children: [] });
  const roots: MenuNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: MenuNode[]): void => {
    list.sort((a, b) => a.position - b.position);
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}
