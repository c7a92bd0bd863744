import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSite } from '../../src/actions/export-site.js';
import { importSite } from '../../src/actions/import-site.js';
import { updatePublication } from '../../src/actions/update-publication.js';
import { uploadMedia } from '../../src/actions/upload-media.js';
import { runCli } from '../../src/cli/run-cli.js';
import { loadDemoContent } from '../../src/demo/load-demo.js';
import { readBackup } from '../../src/import/backup/read-backup.js';
import type { Progress } from '../../src/domain/progress.js';
import { writeBackup } from '../../src/import/backup/write-backup.js';
import { runtime } from '../../src/main.js';
import { createRoleUsers, PASSWORD } from '../accounts/support/account-helpers.js';
import { systemContext } from '../support/seed.js';
import { DIALECTS, openTestEnv, type DialectName, type TestEnv } from '../support/test-services.js';

const PICTURE = readFileSync(join(import.meta.dirname, '../fixtures/import/docx/cable-ship.png'));
const work = mkdtempSync(join(tmpdir(), 'imprint-backup-'));
let serial = 0;
const newDir = () => join(work, `backup-${++serial}`);

/** Every file under a directory with its bytes, by relative path. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path).toString('base64');
    }
  };
  walk(dir);
  return out;
}

async function backup(env: TestEnv, options: { includeSecrets?: boolean } = {}): Promise<string> {
  const dir = newDir();
  const ctx = systemContext(env);
  await writeBackup(ctx, dir, await exportSite(ctx, options));
  return dir;
}

async function restore(env: TestEnv, dir: string, shouldReplace = false, progress?: Progress) {
  return importSite(systemContext(env), { source: readBackup(dir), shouldReplace, progress });
}

/** The other database when both run here; the same one otherwise. */
const other = (dialect: DialectName): DialectName => DIALECTS.find((d) => d !== dialect) ?? dialect;

describe.each(DIALECTS)('a full-site backup made on %s', (dialect) => {
  let source: TestEnv;
  const opened: TestEnv[] = [];
  const fresh = async (which: DialectName) => {
    const env = await openTestEnv(which);
    opened.push(env);
    return env;
  };

  beforeAll(async () => {
    source = await fresh(dialect);
    const ctx = systemContext(source);
    await loadDemoContent(ctx, { filesDir: join(source.databaseLocation.dataDir, 'files') });
    const users = await createRoleUsers(source);
    await source.context(null).accounts?.createApiToken({ userId: users.editor.id, name: 'import script', at: '2025-01-15T09:00:00.000Z' });
    await uploadMedia(ctx, { filename: 'cable-ship.png', bytes: new Uint8Array(PICTURE), alt: 'A cable ship', caption: 'A cable ship at work.', credit: 'Photo: SNA.' });
    const [first] = (await source.store.publications.list({ limit: 1, offset: 0 })).items;
    const item = await source.store.publications.findById(first?.id ?? '');
    await updatePublication(ctx, { id: item?.id ?? '', revision: item?.revision ?? 0, synopsis: `${item?.synopsis ?? ''} Revised.` });
  }, 120_000);
  afterAll(async () => {
    for (const env of opened) await env.close();
  });

  it(`restores onto ${other(dialect)} and exports again byte for byte, and back`, async () => {
    const first = await backup(source, { includeSecrets: true });
    const target = await fresh(other(dialect));
    const report = await restore(target, first);
    expect(report.includesSecrets).toBe(true);
    expect(report.publicationsIndexed).toBeGreaterThan(10);
    const second = await backup(target, { includeSecrets: true });
    expect(snapshot(second)).toEqual(snapshot(first));
    const back = await fresh(dialect);
    await restore(back, second);
    expect(snapshot(await backup(back, { includeSecrets: true }))).toEqual(snapshot(first));
  }, 120_000);

  it('carries content, revisions, settings, menus, media files, users and tokens; timestamps and flags in one form', async () => {
    const dir = await backup(source, { includeSecrets: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { tables: Record<string, number>; files: { store: string; path: string; size: number }[] };
    for (const table of ['publications', 'publication_revisions', 'publication_authors', 'series', 'series_counters', 'people', 'units', 'terms', 'pages', 'menu_items', 'settings', 'redirects', 'media_files', 'users', 'auth_accounts', 'api_tokens', 'audit_log']) {
      expect(manifest.tables[table], table).toBeGreaterThan(0);
    }
    for (const left of ['sessions', 'verifications', 'auth_attempts', 'search_documents', 'kysely_migration']) expect(manifest.tables[left], left).toBeUndefined();
    const media = manifest.files.find((f) => f.path.endsWith('cable-ship.png'));
    expect(readFileSync(join(dir, 'files', media?.path ?? ''))).toEqual(PICTURE);
    const users = readFileSync(join(dir, 'tables/users.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(users.map((u) => u.email).sort()).toEqual(['abe@example.org', 'ada@example.org', 'eve@example.org']);
    for (const user of users) {
      expect(Object.keys(user)).toEqual(Object.keys(user).sort());
      expect(user.is_disabled).toBe(false);
      expect(user.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }

    // Restored with its secrets, the site signs people in and knows their tokens.
    const target = await fresh(other(dialect));
    const steps: string[] = [];
    let total = 0;
    let isStopped = false;
    await restore(target, dir, false, { start: (n) => { total = n; }, tick: (label) => steps.push(label), stop: () => { isStopped = true; } });
    // The bar counts a step per table, per file and one for the search index, and reaches its end.
    expect(steps).toHaveLength(total);
    expect(steps).toContain(`publications (${manifest.tables.publications} rows)`);
    expect(steps).toContain(media?.path);
    expect(steps.at(-1)).toBe('search index');
    expect(isStopped).toBe(true);
    const signIn = await target.context(null).accounts?.signIn({ email: 'eve@example.org', password: PASSWORD, address: '127.0.0.1', userAgent: 'test' });
    expect(signIn?.kind).toBe('signed_in');
    expect((await target.context(null).accounts?.listApiTokens())?.map((t) => t.name)).toEqual(['import script']);
    const restoredMedia = (await target.store.media.list({ limit: 100, offset: 0 })).items.find((m) => m.originalName === 'cable-ship.png');
    expect(Buffer.from(await target.context(null).files.read(restoredMedia?.path ?? ''))).toEqual(PICTURE);
    expect((await target.store.publications.list({ limit: 1, offset: 0 })).total).toBe((await source.store.publications.list({ limit: 1, offset: 0 })).total);
  }, 120_000);

  it('without --include-secrets, accounts come back without passwords and can reset them; tokens are left out', async () => {
    const dir = await backup(source);
    const accounts = readFileSync(join(dir, 'tables/auth_accounts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(accounts.every((a) => a.password === null)).toBe(true);
    expect(readdirSync(join(dir, 'tables'))).not.toContain('api_tokens.jsonl');
    const target = await fresh(other(dialect));
    await restore(target, dir);
    const accountsLib = target.context(null).accounts;
    expect((await accountsLib?.signIn({ email: 'ada@example.org', password: PASSWORD, address: '127.0.0.1', userAgent: 'test' }))?.kind).toBe('invalid');
    const reset = await accountsLib?.createPasswordReset('ada@example.org');
    await accountsLib?.resetPassword(reset?.token ?? '', 'a brand new passphrase');
    expect((await accountsLib?.signIn({ email: 'ada@example.org', password: 'a brand new passphrase', address: '127.0.0.1', userAgent: 'test' }))?.kind).toBe('signed_in');
  }, 120_000);

  it('restores a backup made before terms kept their save time (migration 0007)', async () => {
    const dir = await backup(source, { includeSecrets: true });
    const termsFile = join(dir, 'tables/terms.jsonl');
    const terms = readFileSync(termsFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(terms.every((t) => typeof t.updated_at === 'string')).toBe(true);
    writeFileSync(termsFile, `${terms.map(({ updated_at: _dropped, ...rest }) => JSON.stringify(rest)).join('\n')}\n`);
    const manifestFile = join(dir, 'manifest.json');
    const manifest = readFileSync(manifestFile, 'utf8');
    expect(manifest).toContain('"schema": "0008-term-updated-at"');
    writeFileSync(manifestFile, manifest.replace('"schema": "0008-term-updated-at"', '"schema": "0007-publication-pdfs"'));
    const target = await fresh(other(dialect));
    await restore(target, dir);
    const restored = await target.store.taxonomies.listTerms();
    expect(restored.map((t) => t.name).sort()).toEqual(terms.map((t) => t.name).sort());
  }, 120_000);

  it('refuses a site that has content unless told to replace it, and then replaces it all', async () => {
    const dir = await backup(source, { includeSecrets: true });
    const target = await fresh(other(dialect));
    await restore(target, dir);
    const before = snapshot(await backup(target, { includeSecrets: true }));
    await expect(restore(target, dir)).rejects.toThrow(/The site is not empty: .*--replace/);
    expect(snapshot(await backup(target, { includeSecrets: true }))).toEqual(before);
    const heard: string[][] = [];
    const stop = target.events.subscribe((tags) => heard.push([...tags]));
    await restore(target, dir, true);
    stop();
    expect(snapshot(await backup(target, { includeSecrets: true }))).toEqual(snapshot(dir));
    // Every cached page carries `chrome`: all of them go.
    expect(heard).toContainEqual(['chrome']);
  }, 120_000);
});

describe('imprint export json / import json', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('round-trips through the commands, and a malformed file exits 2 naming file, line and field with nothing written', async () => {
    process.env.IMPRINT_LOG_LEVEL = 'silent';
    let out = '';
    const io = { stdout: (t: string) => { out += t; }, stderr: (t: string) => { out += t; } };
    const site = join(work, 'cli-site');
    expect(await runCli(['demo', '--data-dir', site], runtime, io), out).toBe(0);
    const dir = join(work, 'cli-backup');
    out = '';
    expect(await runCli(['export', 'json', dir, '--data-dir', site], runtime, io), out).toBe(0);
    expect(out).toMatch(/^Exported \d+ rows of \d+ tables and \d+ files to /);
    expect(await runCli(['export', 'json', dir, '--data-dir', site], runtime, io)).toBe(2);
    expect(out).toContain('is not empty');

    const broken = join(work, 'cli-broken');
    cpSync(dir, broken, { recursive: true });
    const people = join(broken, 'tables/people.jsonl');
    const lines = readFileSync(people, 'utf8').split('\n');
    lines[1] = (lines[1] ?? '').replace(/"name":"[^"]*"/, '"name":42');
    writeFileSync(people, lines.join('\n'));
    const empty = join(work, 'cli-empty');
    out = '';
    expect(await runCli(['import', 'json', broken, '--data-dir', empty], runtime, io)).toBe(2);
    expect(out).toContain('tables/people.jsonl:2: name: must be text');
    lines[1] = '{"id": ';
    writeFileSync(people, lines.join('\n'));
    out = '';
    expect(await runCli(['import', 'json', broken, '--data-dir', empty], runtime, io)).toBe(2);
    expect(out).toContain('tables/people.jsonl:2: not JSON');
    // Nothing was written: the good backup restores into the same site without --replace.
    out = '';
    expect(await runCli(['import', 'json', dir, '--data-dir', empty], runtime, io), out).toBe(0);
    expect(out).toMatch(/Restored \d+ rows of \d+ tables and \d+ files; \d+ publications indexed\./);
    expect(out).toContain('must reset its password');
    const again = join(work, 'cli-again');
    expect(await runCli(['export', 'json', again, '--data-dir', empty], runtime, io)).toBe(0);
    expect(snapshot(again)).toEqual(snapshot(dir));
  }, 120_000);
});
