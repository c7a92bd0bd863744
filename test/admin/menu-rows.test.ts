import { describe, expect, it } from 'vitest';
import { applyMenuOp, flatIssues, possibleMoves, rowsFromForm, treeFromRows, type MenuRow } from '../../src/admin/menu-rows.js';

const rows = (spec: string): MenuRow[] => spec.split(' ').map((s) => ({ label: s.replace(/^-+/, ''), url: '', depth: s.length - s.replace(/^-+/, '').length }));
const spec = (list: MenuRow[]) => list.map((r) => `${'-'.repeat(r.depth)}${r.label}`).join(' ');

describe('menu rows', () => {
  const menu = rows('About -Intro -Board Research -Centres --IDSS Contact');

  it('moves an item with everything under it past its sibling, and never out of its parent', () => {
    expect(spec(applyMenuOp(menu, { kind: 'down', index: 0 }))).toBe('Research -Centres --IDSS About -Intro -Board Contact');
    expect(spec(applyMenuOp(menu, { kind: 'up', index: 3 }))).toBe('Research -Centres --IDSS About -Intro -Board Contact');
    expect(spec(applyMenuOp(menu, { kind: 'up', index: 2 }))).toBe('About -Board -Intro Research -Centres --IDSS Contact');
    expect(spec(applyMenuOp(menu, { kind: 'up', index: 1 }))).toBe(spec(menu));
    expect(spec(applyMenuOp(menu, { kind: 'down', index: 6 }))).toBe(spec(menu));
  });

  it('indents under the sibling above, outdents after the parent, removes a subtree', () => {
    expect(spec(applyMenuOp(menu, { kind: 'indent', index: 2 }))).toBe('About -Intro --Board Research -Centres --IDSS Contact');
    expect(spec(applyMenuOp(menu, { kind: 'indent', index: 4 }))).toBe(spec(menu));
    expect(spec(applyMenuOp(menu, { kind: 'outdent', index: 1 }))).toBe('About -Board Intro Research -Centres --IDSS Contact');
    expect(spec(applyMenuOp(menu, { kind: 'remove', index: 3 }))).toBe('About -Intro -Board Contact');
  });

  it('offers only the moves that change something', () => {
    expect(possibleMoves(menu, 1)).toEqual({ up: false, down: true, indent: false, outdent: true });
    expect(possibleMoves(menu, 3)).toEqual({ up: true, down: true, indent: false, outdent: false });
    expect(possibleMoves(menu, 2)).toEqual({ up: true, down: false, indent: true, outdent: true });
  });

  it('reads the form rows, dropping blank ones and impossible depths, and maps errors back to rows', () => {
    const form = {
      'items.0.label': 'About', 'items.0.url': '/about', 'items.0.depth': '1',
      'items.1.label': 'Intro', 'items.1.url': 'intro', 'items.1.depth': '2',
      'items.2.label': '', 'items.2.url': '', 'items.2.depth': '0',
    };
    const read = rowsFromForm(form);
    expect(read).toEqual([{ label: 'About', url: '/about', depth: 0 }, { label: 'Intro', url: 'intro', depth: 1 }]);
    const { items, rowOf } = treeFromRows(read);
    expect(items).toEqual([{ label: 'About', url: '/about', children: [{ label: 'Intro', url: 'intro', children: [] }] }]);
    expect(flatIssues([{ field: 'items.0.children.0.url', message: 'must be a path' }], rowOf)).toEqual([{ field: 'items.1.url', message: 'item 2 (url): must be a path' }]);
  });
});
