import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Where the house template and the font files live. The template sits beside
 * this module in the source tree; compiled code (dist/) finds it, and the
 * fonts, from the package root, which ships both.
 */
function packageRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${import.meta.dirname}`);
    dir = parent;
  }
  return dir;
}

export function templateDir(): string {
  const beside = join(import.meta.dirname, 'template');
  return existsSync(join(beside, 'main.typ')) ? beside : resolve(packageRoot(), 'src/render/typst/template');
}

export function fontDir(): string {
  return resolve(packageRoot(), 'assets/fonts');
}

/** The template's files by their path inside the Typst root (`/main.typ`). */
export function readTemplateFiles(): Map<string, Buffer> {
  const dir = templateDir();
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.typ')).sort()) {
    files.set(`/${name}`, readFileSync(join(dir, name)));
  }
  return files;
}

/** Every font file the house style ships, in a stable order. */
export function listFontFiles(): string[] {
  const root = fontDir();
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ttf|otf)$/i.test(name))
    .sort()
    .map((name) => join(root, name));
}
