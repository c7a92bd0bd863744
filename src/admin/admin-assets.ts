import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
  map: 'application/json; charset=utf-8',
};

export interface AdminAsset {
  body: Buffer;
  contentType: string;
  /** Content hash: pages link `/admin/assets/<name>?v=<version>`. */
  version: string;
}

/**
 * The back office's own CSS and scripts: every file in `src/admin/assets/`
 * (or a folder given), read once at start-up. The Content-Security-Policy
 * allows scripts and styles only as files from our origin, so this is
 * where all of them live. Add a script by dropping it in the folder and
 * linking `assets.url('name.js')`. Bundled scripts (the publication
 * editor, built by `npm run build` from `src/admin/client/`) are read from
 * `src/admin/client/dist/` too, when it has been built.
 */
export class AdminAssets {
  readonly #files = new Map<string, AdminAsset>();

  constructor(folders: string | string[] = defaultFolders()) {
    for (const folder of typeof folders === 'string' ? [folders] : folders) {
      if (!existsSync(folder)) continue;
      for (const name of readdirSync(folder)) {
        const contentType = CONTENT_TYPES[name.slice(name.lastIndexOf('.') + 1)];
        if (!contentType || name.startsWith('.')) continue;
        const body = readFileSync(join(folder, name));
        this.#files.set(name, { body, contentType, version: createHash('sha256').update(body).digest('hex').slice(0, 12) });
      }
    }
  }

  /** Whether a file is there (a bundle exists only once built; pages work without it). */
  has(name: string): boolean {
    return this.#files.has(name);
  }

  get(name: string): AdminAsset | undefined {
    return this.#files.get(name);
  }

  /** The versioned URL of an asset; throws for a name that is not there (a typo should fail loudly). */
  url(name: string): string {
    const file = this.#files.get(name);
    if (!file) throw new Error(`No admin asset "${name}"`);
    return `/admin/assets/${name}?v=${file.version}`;
  }
}

function defaultFolders(): string[] {
  const root = findPackageRoot(import.meta.dirname);
  return [join(root, 'src', 'admin', 'assets'), join(root, 'src', 'admin', 'client', 'dist')];
}

/** The nearest folder above `start` with a package.json (works from src/ under tsx and from dist/). */
function findPackageRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
}
