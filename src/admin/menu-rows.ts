import type { FieldIssue } from '../domain/errors.js';
import type { MenuNode } from '../domain/menu.js';

/**
 * The menu editor works on a flat list of rows with a depth (what the form
 * shows, one row per item, indented), and turns it into the tree that
 * replaceMenu saves. Moving, indenting and removing act on an item
 * together with everything under it, so a heading keeps its links.
 */
export interface MenuRow {
  label: string;
  url: string;
  depth: number;
}

export interface MenuItemTree {
  label: string;
  url: string | null;
  children: MenuItemTree[];
}

/** Three levels: top item > column heading > link (the mega-menu's shape). */
export const MAX_MENU_DEPTH = 2;

export type MenuOp = { kind: 'up' | 'down' | 'indent' | 'outdent' | 'remove'; index: number };

export function rowsFromTree(nodes: readonly MenuNode[], depth = 0): MenuRow[] {
  return nodes.flatMap((n) => [{ label: n.label, url: n.url ?? '', depth }, ...rowsFromTree(n.children, depth + 1)]);
}

/**
 * Rows from the form's `items.N.label`, `items.N.url`, `items.N.depth`
 * fields. Blank rows (the "new item" row left empty) are dropped, and a
 * depth can be at most one more than the row above.
 */
export function rowsFromForm(form: Record<string, string>): MenuRow[] {
  const rows: MenuRow[] = [];
  for (let n = 0; `items.${n}.label` in form || `items.${n}.url` in form; n++) {
    const label = (form[`items.${n}.label`] ?? '').trim();
    const url = (form[`items.${n}.url`] ?? '').trim();
    if (!label && !url) continue;
    const wanted = Number.parseInt(form[`items.${n}.depth`] ?? '0', 10);
    rows.push({ label, url, depth: Number.isFinite(wanted) ? wanted : 0 });
  }
  return normaliseDepths(rows);
}

function normaliseDepths(rows: MenuRow[]): MenuRow[] {
  let previous = -1;
  return rows.map((row) => {
    const depth = Math.max(0, Math.min(row.depth, previous + 1, MAX_MENU_DEPTH));
    previous = depth;
    return { ...row, depth };
  });
}

/** Which button was pressed: `up:3`, `remove:0` ... ('save' or anything else: none). */
export function parseMenuOp(value: string | undefined): MenuOp | null {
  const match = /^(up|down|indent|outdent|remove):(\d{1,4})$/.exec(value ?? '');
  return match ? { kind: match[1] as MenuOp['kind'], index: Number(match[2]) } : null;
}

/** The index just past the item at `i` and everything under it. */
function blockEnd(rows: readonly MenuRow[], i: number): number {
  let end = i + 1;
  while (end < rows.length && (rows[end] as MenuRow).depth > (rows[i] as MenuRow).depth) end++;
  return end;
}

/** The start of the sibling before `i`, or -1 when `i` is the first child of its parent. */
function previousSibling(rows: readonly MenuRow[], i: number): number {
  const depth = (rows[i] as MenuRow).depth;
  for (let k = i - 1; k >= 0; k--) {
    const d = (rows[k] as MenuRow).depth;
    if (d === depth) return k;
    if (d < depth) return -1;
  }
  return -1;
}

/** Which moves would change something for the row at `i` (the others are shown disabled). */
export function possibleMoves(rows: readonly MenuRow[], i: number): Record<Exclude<MenuOp['kind'], 'remove'>, boolean> {
  const row = rows[i];
  if (!row) return { up: false, down: false, indent: false, outdent: false };
  const end = blockEnd(rows, i);
  const hasPrevious = previousSibling(rows, i) !== -1;
  return {
    up: hasPrevious,
    down: rows[end]?.depth === row.depth,
    indent: hasPrevious && Math.max(...rows.slice(i, end).map((r) => r.depth)) < MAX_MENU_DEPTH,
    outdent: row.depth > 0,
  };
}

export function applyMenuOp(rows: readonly MenuRow[], op: MenuOp): MenuRow[] {
  const i = op.index;
  const row = rows[i];
  if (!row) return [...rows];
  const end = blockEnd(rows, i);
  const block = rows.slice(i, end);
  const shift = (by: number) => block.map((r) => ({ ...r, depth: r.depth + by }));
  switch (op.kind) {
    case 'remove':
      return [...rows.slice(0, i), ...rows.slice(end)];
    case 'up': {
      const k = previousSibling(rows, i);
      if (k === -1) return [...rows];
      return [...rows.slice(0, k), ...block, ...rows.slice(k, i), ...rows.slice(end)];
    }
    case 'down': {
      const next = rows[end];
      if (!next || next.depth !== row.depth) return [...rows];
      const nextEnd = blockEnd(rows, end);
      return [...rows.slice(0, i), ...rows.slice(end, nextEnd), ...block, ...rows.slice(nextEnd)];
    }
    case 'indent': {
      // Becomes the last child of the sibling above; refused past the deepest level.
      if (previousSibling(rows, i) === -1 || Math.max(...block.map((r) => r.depth)) >= MAX_MENU_DEPTH) return [...rows];
      return [...rows.slice(0, i), ...shift(1), ...rows.slice(end)];
    }
    case 'outdent': {
      // Becomes the sibling right after its parent, below the parent's other children.
      if (row.depth === 0) return [...rows];
      let parent = i - 1;
      while (parent >= 0 && (rows[parent] as MenuRow).depth >= row.depth) parent--;
      const parentEnd = blockEnd(rows, parent);
      const rest = [...rows.slice(0, i), ...rows.slice(end)];
      const insertAt = parentEnd - block.length;
      return [...rest.slice(0, insertAt), ...shift(-1), ...rest.slice(insertAt)];
    }
  }
}

/**
 * The tree replaceMenu takes, and for each of its field paths
 * (`items.0.children.1`) the row it came from, so an error about
 * `items.0.children.1.url` can be shown on that row.
 */
export function treeFromRows(rows: readonly MenuRow[]): { items: MenuItemTree[]; rowOf: Map<string, number> } {
  const items: MenuItemTree[] = [];
  const rowOf = new Map<string, number>();
  const stack: { children: MenuItemTree[]; path: string }[] = [{ children: items, path: 'items' }];
  rows.forEach((row, index) => {
    stack.length = Math.min(stack.length, row.depth + 1);
    const parent = stack[stack.length - 1] as { children: MenuItemTree[]; path: string };
    const node: MenuItemTree = { label: row.label, url: row.url === '' ? null : row.url, children: [] };
    const path = `${parent.path}.${parent.children.length}`;
    parent.children.push(node);
    rowOf.set(path, index);
    stack.push({ children: node.children, path: `${path}.children` });
  });
  return { items, rowOf };
}

/** Issues of replaceMenu renamed to the form's flat fields: `items.0.children.1.url` -> `items.3.url`. */
export function flatIssues(issues: readonly FieldIssue[], rowOf: Map<string, number>): FieldIssue[] {
  return issues.map((issue) => {
    const match = /^(items(?:\.\d+(?:\.children)?)*?\.\d+)\.(label|url)$/.exec(issue.field);
    const row = match ? rowOf.get(match[1] as string) : undefined;
    return row === undefined ? issue : { field: `items.${row}.${match?.[2]}`, message: `item ${row + 1} (${match?.[2]}): ${issue.message}` };
  });
}
