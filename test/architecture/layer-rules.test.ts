import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of DESIGN.md section 2, checked on every import of every
 * source file. Layer = first folder under src/; files directly in src/ are the
 * composition root and may import anything.
 */
const SRC = resolve(import.meta.dirname, '../../src');

const ALLOWED: Record<string, string[]> = {
  domain: [],
  store: ['domain'],
  search: ['domain'],
  render: ['domain'],
  jobs: ['domain'],
  // The accounts library runs on the store's shared Kysely instance and our account repositories.
  accounts: ['domain', 'store'],
  mail: ['domain'],
  actions: ['domain', 'store', 'search', 'jobs'],
  http: ['domain'],
  site: ['actions', 'render', 'domain', 'http'],
  admin: ['actions', 'render', 'domain', 'http'],
  api: ['actions', 'render', 'domain', 'http'],
  oai: ['actions', 'render', 'domain', 'http'],
  demo: ['actions', 'render', 'domain'],
  import: ['actions', 'render', 'domain'],
  cli: ['actions', 'render', 'domain', 'demo', 'import', 'config'],
};

/** Layers whose imports from these layers must be type-only ("the interfaces of store"). */
const TYPE_ONLY: Record<string, string[]> = { actions: ['store', 'search', 'jobs'] };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'client' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function layerOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  return parts.length > 1 ? (parts[0] ?? '') : (parts[0] ?? '').replace(/\.[jt]sx?$/, '');
}

interface ImportLine {
  specifier: string;
  isTypeOnly: boolean;
}

function importsOf(text: string): ImportLine[] {
  const out: ImportLine[] = [];
  const pattern = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const match of text.matchAll(pattern)) {
    const specifier = match[3] ?? match[4] ?? match[5];
    if (specifier) out.push({ specifier, isTypeOnly: Boolean(match[2]) });
  }
  return out;
}

const files = sourceFiles(SRC);

describe('layer rules', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('every import crosses layers only as DESIGN.md allows', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      const allowed = ALLOWED[from];
      if (!allowed) continue; // composition root (src/*.ts)
      for (const { specifier, isTypeOnly } of importsOf(readFileSync(file, 'utf8'))) {
        if (!specifier.startsWith('.')) continue;
        const to = layerOf(resolve(dirname(file), specifier));
        if (to === from) continue;
        const where = `${relative(SRC, file)} -> ${specifier}`;
        if (!allowed.includes(to)) violations.push(`${where} (${from} may not import ${to})`);
        else if (TYPE_ONLY[from]?.includes(to) && !isTypeOnly) violations.push(`${where} (${from} may import only types from ${to})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('no file outside the dialect and search-backend folders names a database', () => {
    const offenders = files.filter((file) => {
      const rel = relative(SRC, file).split(sep).join('/');
      if (/^(store\/dialects|search\/backends)\//.test(rel) || rel === 'config.ts' || rel === 'main.ts') return false;
      return /better-sqlite3|from ['"]pg['"]|\bsqlite\b|postgres/i.test(readFileSync(file, 'utf8'));
    });
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });
});
