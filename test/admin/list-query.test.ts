import { describe, expect, it } from 'vitest';
import { applyListQuery, listHref, parseListQuery } from '../../src/admin/list-query.js';
import { pageWindow } from '../../src/admin/views/list-table.js';

const spec = { sorts: ['name', 'year'], filters: { kind: ['centre', 'programme'] }, pageSize: 2 } as const;

describe('list queries', () => {
  it('reads defaults, search words, filters and pages', () => {
    expect(parseListQuery({}, spec)).toEqual({ q: '', sort: 'name', dir: 'asc', page: 1, pageSize: 2, filters: {} });
    expect(parseListQuery({ q: '  sea  ', sort: 'year', dir: 'desc', page: '3', kind: 'centre', other: 'ignored' }, spec))
      .toEqual({ q: 'sea', sort: 'year', dir: 'desc', page: 3, pageSize: 2, filters: { kind: 'centre' } });
  });

  it('refuses bad values naming each parameter', () => {
    expect(() => parseListQuery({ sort: 'colour', dir: 'up', page: '0', kind: 'club' }, spec)).toThrow(
      expect.objectContaining({ code: 'invalid', issues: [
        { field: 'sort', message: 'cannot sort by "colour"; choose one of name, year' },
        { field: 'dir', message: 'must be "asc" or "desc"' },
        { field: 'page', message: 'must be a whole number from 1' },
        { field: 'kind', message: '"club" is not one of the choices' },
      ] }),
    );
    expect(() => parseListQuery({ page: '1.5' }, spec)).toThrow(expect.objectContaining({ code: 'invalid' }));
  });

  it('searches every word, filters, sorts with empty values last, and cuts pages', () => {
    const rows = [
      { name: 'Maritime Security Programme', kind: 'programme', year: 2004 },
      { name: 'IDSS', kind: 'centre', year: 1996 },
      { name: 'Military Studies Programme', kind: 'programme', year: null },
      { name: 'CENS', kind: 'centre', year: 2006 },
    ];
    const rules = { searchText: (r: (typeof rows)[number]) => r.name, sortValue: { name: (r: (typeof rows)[number]) => r.name, year: (r: (typeof rows)[number]) => r.year }, filter: { kind: (r: (typeof rows)[number], v: string) => r.kind === v } };
    const programmes = applyListQuery(rows, parseListQuery({ q: 'programme', kind: 'programme', sort: 'year', dir: 'desc' }, spec), rules);
    expect(programmes.rows.map((r) => r.name)).toEqual(['Maritime Security Programme', 'Military Studies Programme']);
    const second = applyListQuery(rows, parseListQuery({ sort: 'year', page: '2' }, spec), rules);
    expect(second).toMatchObject({ total: 4, page: 2, pageCount: 2 });
    expect(second.rows.map((r) => r.year)).toEqual([2006, null]);
    expect(applyListQuery(rows, parseListQuery({ page: '9' }, spec), rules).page).toBe(2);
  });

  it('builds links that keep the search and filters and start again at page 1 when asked', () => {
    const query = parseListQuery({ q: 'sea & sky', kind: 'centre', page: '2' }, spec);
    expect(listHref('/admin/units', query, { sort: 'year', dir: 'desc', page: 1 })).toBe('/admin/units?q=sea+%26+sky&kind=centre&sort=year&dir=desc');
    expect(pageWindow(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });
});
