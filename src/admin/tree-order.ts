/**
 * Order items of a tree (units, pages) parent-first, siblings by position
 * then name, with each item's depth: what an indented list shows.
 * Items whose parent is missing are treated as roots, and a cycle cannot
 * loop (each item is placed once).
 */
export function treeOrder<T extends { id: string; parentId: string | null; position: number }>(
  items: readonly T[],
  label: (item: T) => string,
  /** Compared before position, e.g. centres before programmes. */
  rank: (item: T) => number = () => 0,
): { item: T; depth: number; index: number }[] {
  const ids = new Set(items.map((i) => i.id));
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const parent = item.parentId && ids.has(item.parentId) ? item.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), item]);
  }
  const out: { item: T; depth: number; index: number }[] = [];
  const placed = new Set<string>();
  const walk = (parent: string | null, depth: number): void => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => rank(a) - rank(b) || a.position - b.position || label(a).localeCompare(label(b)));
    for (const item of list) {
      if (placed.has(item.id)) continue;
      placed.add(item.id);
      out.push({ item, depth, index: out.length });
      walk(item.id, depth + 1);
    }
  };
  walk(null, 0);
  // Items caught in a cycle are never reached from a root: list them at the top level rather than hide them.
  for (const item of items) if (!placed.has(item.id)) out.push({ item, depth: 0, index: out.length });
  return out;
}

/** The ids of an item and everything under it: what cannot become its parent. */
export function selfAndDescendants<T extends { id: string; parentId: string | null }>(items: readonly T[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const item of items) {
      if (item.parentId && out.has(item.parentId) && !out.has(item.id)) {
        out.add(item.id);
        grew = true;
      }
    }
  }
  return out;
}
