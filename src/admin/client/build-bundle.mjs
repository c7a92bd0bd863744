// Bundles the back office's browser scripts into src/admin/client/dist/,
// where the admin asset route reads them (run by `npm run build`).
// Code-split ES modules: the Markdown editor's language modes for fenced
// code load only when a block in that language appears.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const here = import.meta.dirname;
const outdir = join(here, 'dist');

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [join(here, 'publication-editor.js')],
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2020',
  outdir,
  logLevel: 'warning',
  legalComments: 'linked',
});
