import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { invalidField } from '../../domain/errors.js';

/** A page file to import and the folder it was found under (for `--base-url`). */
export interface PageFile {
  path: string;
  /** Path below the folder given on the command line, with `/`; the file name for a file given directly. */
  relativePath: string;
  kind: 'html' | 'text';
}

const PAGE_EXTENSIONS: Record<string, PageFile['kind']> = { '.html': 'html', '.htm': 'html', '.txt': 'text', '.text': 'text' };

function kindOf(path: string): PageFile['kind'] | undefined {
  return PAGE_EXTENSIONS[extname(path).toLowerCase()];
}

/** Files and folders (searched recursively) of `.html` and text dumps, in a stable order. */
export function listPageFiles(paths: readonly string[]): PageFile[] {
  const files: PageFile[] = [];
  for (const given of paths) {
    if (!existsSync(given)) throw invalidField('PATH', `${given}: no such file or folder`);
    if (statSync(given).isDirectory()) {
      for (const path of walk(given)) {
        const kind = kindOf(path);
        if (kind) files.push({ path, relativePath: relative(given, path).split(sep).join('/'), kind });
      }
    } else {
      files.push({ path: given, relativePath: basename(given), kind: kindOf(given) ?? 'text' });
    }
  }
  return files;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      if (entry.name.startsWith('.')) return [];
      const path = join(dir, entry.name);
      return entry.isDirectory() ? walk(path) : [path];
    });
}

/** The file's text; a file with NUL bytes is not a page (a PDF or an image saved by mistake). */
export function readPageText(file: PageFile): string {
  const bytes = readFileSync(file.path);
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul >= 0) throw invalidField(file.path, `not a text or HTML file (binary data at byte ${nul})`);
  return bytes.toString('utf8');
}

/** `page.txt.url` or `page.url` beside the file: one line, the page's original URL. */
export function readSidecarUrl(file: PageFile): string | null {
  const stem = file.path.slice(0, file.path.length - extname(file.path).length);
  for (const candidate of [`${file.path}.url`, `${stem}.url`]) {
    if (!existsSync(candidate)) continue;
    const line = readFileSync(candidate, 'utf8').split(/\r?\n/).map((l) => l.trim()).find(Boolean) ?? '';
    if (!/^https?:\/\/\S+$/.test(line)) throw invalidField(`${candidate}:1`, `expected one URL starting with http:// or https://, found "${line.slice(0, 80)}"`);
    return line;
  }
  return null;
}

/**
 * A list of `file<TAB>URL` (or `file,URL`) lines: the original address of
 * each page of an archive saved without one. Files are named as given on
 * the command line, relative to the list's folder, or by file name alone.
 */
export function readUrlMap(path: string): Map<string, string> {
  if (!existsSync(path)) throw invalidField('--url-map', `${path}: no such file`);
  const map = new Map<string, string>();
  readFileSync(path, 'utf8').split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = /^(.+?)\s*(?:\t|,)\s*(https?:\/\/\S+)$/.exec(line);
    if (!match) throw invalidField(`${path}:${index + 1}`, 'expected a file name, a tab (or comma) and a URL starting with http:// or https://');
    const file = match[1] ?? '';
    map.set(file, match[2] ?? '');
    map.set(join(dirname(path), file), match[2] ?? '');
  });
  return map;
}

export function urlFromMap(map: ReadonlyMap<string, string> | null, file: PageFile): string | null {
  if (!map) return null;
  return map.get(file.path) ?? map.get(file.relativePath) ?? map.get(basename(file.path)) ?? null;
}

/**
 * A wget-style mirror keeps each page under its URL path: `--base-url
 * https://www.rsis.edu.sg/` plus `rsis-publication/idss/ip24112-…/index.html`
 * is the page's address (extension and `index` dropped, trailing slash kept).
 */
export function urlFromBase(baseUrl: string | null, file: PageFile): string | null {
  if (!baseUrl) return null;
  const path = file.relativePath.replace(/\.(html?|txt|text)$/i, '').replace(/(^|\/)index$/, '');
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return new URL(path ? `${path}/` : '', base).href;
}
