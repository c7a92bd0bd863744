import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SCHEMAS_DIR = resolve(import.meta.dirname, '../../../schemas');

export interface XmllintResult {
  isValid: boolean;
  output: string;
}

/**
 * Check a document with Debian's xmllint (libxml2-utils): well-formed only,
 * or valid against an XSD kept in schemas/. `--nonet`: every schema a check
 * needs is in the repository; nothing is fetched.
 */
export function xmllint(xml: string, schema?: string): XmllintResult {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-xml-'));
  const file = join(dir, 'doc.xml');
  writeFileSync(file, xml);
  const args = ['--noout', '--nonet', ...(schema ? ['--schema', join(SCHEMAS_DIR, schema)] : []), file];
  try {
    // xmllint reports on stderr ("doc.xml validates" or the errors); the exit code decides.
    const run = spawnSync('xmllint', args, { encoding: 'utf8' });
    return { isValid: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
