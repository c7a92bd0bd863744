import { describe, expect, it } from 'vitest';
import { matchesIfNoneMatch, strongEtag } from './etag.js';
import { safeSegments } from './file-route.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ASSET_NAMES, findPackageRoot, loadAssetFiles } from './asset-files.js';
import { themeCss } from './theme-css.js';
import { menuColumns } from './views/mega-menu.js';
import { pageWindow } from './views/pagination.js';
import type { MenuNode } from '../domain/menu.js';

describe('site helpers', () => {
  it('finds the assets from the source tree and from the compiled tree alike', () => {
    const root = findPackageRoot();
    expect(existsSync(join(root, 'package.json'))).toBe(true);
    expect(findPackageRoot(join(root, 'dist', 'site'))).toBe(root);
    expect([...loadAssetFiles(root).keys()]).toEqual([...ASSET_NAMES]);
    expect(loadAssetFiles(root).get('favicon.svg')?.body.length).toBeGreaterThan(0);
  });

  it('accepts only plain file names under /files', () => {
    expect(safeSegments('/files/demo/ip24112-figure.jpg')).toEqual(['demo', 'ip24112-figure.jpg']);
    expect(safeSegments('/files/a%20b.pdf')).toEqual(['a b.pdf']);
    for (const bad of ['/files/', '/files/../x', '/files/a/%2e%2e/x', '/files/a%2fb', '/files/.env', '/files/a//b', '/files/%00', '/files/a%5cb', '/files/%zz']) {
      expect(safeSegments(bad), bad).toBeNull();
    }
  });

  it('compares entity tags weakly for If-None-Match (RFC 9110 13.1.2)', () => {
    const etag = strongEtag('body');
    expect(etag).toBe(strongEtag('body'));
    expect(etag).not.toBe(strongEtag('body '));
    expect(matchesIfNoneMatch(`"a", W/${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch('*', etag)).toBe(true);
    expect(matchesIfNoneMatch('"a"', etag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
  });

  it('derives readable colours from any accent, and ignores anything but a hex colour', () => {
    expect(themeCss('#7a1a2e').body).toContain('--accent-text: #7a1a2e;');
    const pale = themeCss('#ffee88').body;
    expect(pale).toContain('--on-accent: #000000;');
    expect(pale).not.toContain('--accent-text: #ffee88;');
    expect(themeCss('red;} body{display:none').body).toContain('--accent: #8a1538;');
  });

  it('prints page numbers around the current page with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 9)).toEqual([1, 2, 3, null, 9]);
    expect(pageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
  });

  it('groups a menu panel into columns: headings with their links, runs of plain links', () => {
    const node = (label: string, url: string | null, children: MenuNode[] = []): MenuNode =>
      ({ id: label, menu: 'main', parentId: null, label, url, position: 0, children });
    const columns = menuColumns([node('A', '/a'), node('B', '/b'), node('Staff', null, [node('C', '/c')]), node('D', '/d')]);
    expect(columns.map((c) => [c.heading?.label ?? null, c.links.map((l) => l.label)])).toEqual([
      [null, ['A', 'B']], ['Staff', ['C']], [null, ['D']],
    ]);
  });
});
