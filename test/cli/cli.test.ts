import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { runtime } from '../../src/main.js';

const ROOT = resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-cli-'));
  dirs.push(dir);
  return dir;
}

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, runtime, { stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
  return { code, out, err };
}

describe('the imprint command', () => {
  it('prints help listing its commands', async () => {
    const { code, out } = await cli('--help');
    expect(code).toBe(0);
    for (const command of ['serve', 'migrate', 'demo']) expect(out).toContain(command);
  });

  it('exits 2 naming an unknown command, option or bad value', async () => {
    const unknown = await cli('publish-everything');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("unknown command 'publish-everything'");
    const option = await cli('migrate', '--colour');
    expect(option.code).toBe(2);
    expect(option.err).toContain("unknown option '--colour'");
    const port = await cli('serve', '--port', 'eighty');
    expect(port.code).toBe(2);
    expect(port.err).toContain('"eighty" is not a port number');
    const url = await cli('migrate', '--database-url', 'mysql://somewhere/db');
    expect(url.code).toBe(2);
    expect(url.err).toContain('IMPRINT_DATABASE_URL="mysql://somewhere/db"');
  });

  it('migrates a new embedded database', async () => {
    const dataDir = tempDataDir();
    const { code, out } = await cli('migrate', '--data-dir', dataDir);
    expect(code).toBe(0);
    expect(out).toContain('Database is up to date.');
    expect(existsSync(join(dataDir, 'imprint.db'))).toBe(true);
  });

  it('loads the demo once and refuses a second time, naming the reason', async () => {
    const dataDir = tempDataDir();
    const first = await cli('demo', '--data-dir', dataDir);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Demo institute loaded: .*publications/);
    const second = await cli('demo', '--data-dir', dataDir);
    expect(second.code).toBe(1);
    expect(second.err).toMatch(/already holds content/);
  });

  it('runs as an installed binary', async () => {
    const { stdout } = await promisify(execFile)('node', [join(ROOT, 'bin/imprint.js'), '--help']);
    expect(stdout).toContain('Usage: imprint');
  });
});
