import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';

/** A file the site serves under /assets, read once at start-up. */
export interface AssetFile {
  name: string;
  body: string;
  contentType: string;
  /** Content hash; pages link `/assets/<name>?v=<version>` so a changed file gets a new URL. */
  version: string;
}

export const ASSET_NAMES = ['site.css', 'print.css', 'menu.js', 'favicon.svg', 'search.css', 'search.js', 'cite.css', 'cite.js'] as const;
export type AssetName = (typeof ASSET_NAMES)[number];

const CONTENT_TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
};

/**
 * The package root: the nearest folder above this file holding package.json.
 * The same walk works from `src/site` (tsx) and from `dist/site` (compiled),
 * and the assets are read from `src/site/assets` in both cases.
 */
export function findPackageRoot(start: string = import.meta.dirname): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
}

export function contentVersion(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 12);
}

export function loadAssetFiles(root: string = findPackageRoot()): Map<AssetName, AssetFile> {
  const folder = join(root, 'src', 'site', 'assets');
  const files = new Map<AssetName, AssetFile>();
  for (const name of ASSET_NAMES) {
    const body = readFileSync(join(folder, name), 'utf8');
    const extension = name.slice(name.lastIndexOf('.') + 1);
    files.set(name, { name, body, contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream', version: contentVersion(body) });
  }
  return files;
}

/** Versioned URLs mean a file never changes under its URL (RFC 8246 immutable). */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
