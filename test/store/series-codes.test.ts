import { fork } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishPublication } from '../../src/actions/publish-publication.js';
import { createPublication } from '../../src/actions/create-publication.js';
import { DIALECTS, openSecondNode, openTestEnv, type TestEnv } from '../support/test-services.js';
import { createDraft, draftInput, seedBasics, systemContext } from '../support/seed.js';

describe.each(DIALECTS)('series codes on %s', (dialect) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await openTestEnv(dialect);
    await seedBasics(env);
  });
  afterAll(async () => env.close());

  it('assigns prefix + year + three-digit sequence on publish, restarting each year', async () => {
    const ctx = systemContext(env);
    const a = await createDraft(ctx, { title: 'First of 2023', date: '2023-03-01' });
    const b = await createDraft(ctx, { title: 'Second of 2023', date: '2023-05-01' });
    const c = await createDraft(ctx, { title: 'First of 2022', date: '2022-07-01' });
    expect(a.code).toBeNull();
    expect((await publishPublication(ctx, { id: a.id })).code).toBe('IP23001');
    expect((await publishPublication(ctx, { id: b.id })).code).toBe('IP23002');
    expect((await publishPublication(ctx, { id: c.id })).code).toBe('IP22001');
  });

  it('continues after an explicitly claimed code and refuses to reuse it', async () => {
    const ctx = systemContext(env);
    const fixture = await createPublication(ctx, draftInput({ code: 'ip24112', status: 'published' }));
    expect(fixture.code).toBe('IP24112');
    const next = await publishPublication(ctx, { id: (await createDraft(ctx, { title: 'Next', date: '2024-12-31' })).id });
    expect(next.code).toBe('IP24113');
    await expect(createPublication(ctx, draftInput({ title: 'Dup', code: 'IP24112', status: 'published' })))
      .rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'code' }] });
    await expect(createPublication(ctx, draftInput({ title: 'Wrong year', code: 'IP23999', status: 'published' })))
      .rejects.toThrow(/belongs to 2023/);
  });

  it('numbers running series across years and leaves codeless series without a code', async () => {
    const ctx = systemContext(env);
    const w1 = await createDraft(ctx, { series: 'working-papers', title: 'WP one', date: '2012-09-03' });
    const w2 = await createDraft(ctx, { series: 'working-papers', title: 'WP two', date: '2013-01-10' });
    expect((await publishPublication(ctx, { id: w1.id })).code).toBe('WP1');
    expect((await publishPublication(ctx, { id: w2.id })).code).toBe('WP2');
    const report = await createDraft(ctx, { series: 'policy-reports', title: 'A report', date: '2015-03' });
    const published = await publishPublication(ctx, { id: report.id });
    expect(published.code).toBeNull();
    expect(published.datePrecision).toBe('month');
  });

  it('never gives two concurrent publishers the same code', async () => {
    const ctx = systemContext(env);
    const drafts = [];
    for (let i = 0; i < 24; i++) drafts.push(await createDraft(ctx, { title: `Concurrent ${i}`, date: '2026-02-01' }));
    let codes: string[];
    if (dialect === 'postgres') {
      // Two app nodes: two connection pools publishing interleaved batches at once.
      const other = await openSecondNode(env, { listenForChanges: false });
      try {
        const otherCtx = systemContext(other);
        const results = await Promise.all(drafts.map((d, i) => publishPublication(i % 2 ? otherCtx : ctx, { id: d.id })));
        codes = results.map((r) => r.code ?? '');
      } finally {
        await other.close();
      }
    } else {
      // SQLite serialises writers per process, so the contest is between two
      // processes sharing the database file, each with its own connection.
      const halves = [drafts.filter((_, i) => i % 2 === 0), drafts.filter((_, i) => i % 2 === 1)];
      const outputs = await Promise.all(halves.map((half) => publishInChildProcess(env, half.map((d) => d.id))));
      codes = outputs.flat();
    }
    expect(codes).toHaveLength(24);
    expect(new Set(codes).size).toBe(24);
    expect([...codes].sort()).toEqual(Array.from({ length: 24 }, (_, i) => `IP26${String(i + 1).padStart(3, '0')}`));
  });
});

function publishInChildProcess(env: TestEnv, ids: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = fork(join(import.meta.dirname, '../support/publish-worker.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, IMPRINT_DATA_DIR: env.databaseLocation.dataDir, IMPRINT_LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    child.on('message', (message) => resolve(message as string[]));
    child.on('error', reject);
    child.on('exit', (code) => { if (code !== 0) reject(new Error(`publish worker exited with ${code}`)); });
    child.send(ids);
  });
}
