import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPublication } from '../../src/actions/create-publication.js';
import { getPublication } from '../../src/actions/get-publication.js';
import { transitionPublication } from '../../src/actions/transition-publication.js';
import { SYSTEM_ACTOR } from '../../src/domain/permissions.js';
import { runtime } from '../../src/main.js';
import type { Services } from '../../src/services.js';
import { draftInput, seedBasics, systemContext } from '../support/seed.js';
import { DIALECTS, manualClock, openTestEnv, type TestEnv } from '../support/test-services.js';

describe.each(DIALECTS)('the jobs runner on %s', (dialect) => {
  let env: TestEnv;
  const clock = manualClock('2025-05-01T00:00:00.000Z');
  beforeAll(async () => {
    env = await openTestEnv(dialect, { clock });
    await seedBasics(env);
  });
  afterAll(async () => env.close());

  it('polls the queue until stopped, releasing a scheduled item once its time has come', async () => {
    const ctx = systemContext(env);
    const item = await createPublication(ctx, draftInput({ title: 'Runner release', date: '2025-05-01' }));
    await transitionPublication(ctx, { id: item.id, to: 'scheduled', at: '2025-05-01T06:00:00Z' });
    const runner = env.startJobRunner({ idleMs: 10 });
    expect(runner.isRunning).toBe(true);
    clock.set('2025-05-01T06:00:01.000Z');
    await vi.waitFor(async () => {
      expect((await getPublication(ctx, { id: item.id })).status).toBe('published');
    }, { timeout: 15_000, interval: 20 });
    await runner.stop();
    expect(runner.isRunning).toBe(false);
    expect((await getPublication(ctx, { id: item.id })).code).toBe('IP25001');
  });
});

describe('the server starts the jobs runner', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'imprint-runner-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('publishes a scheduled item while `serve` runs, and stops with it', async () => {
    const config = runtime.loadConfig({ IMPRINT_DATA_DIR: dataDir, IMPRINT_PORT: '0', IMPRINT_LOG_LEVEL: 'silent', IMPRINT_DATABASE_URL: '' });
    const session = await runtime.open(config, { migrate: true, isServer: true });
    const site = await session.serve();
    try {
      await seedBasics(session as unknown as Services);
      const ctx = session.context(SYSTEM_ACTOR);
      const item = await createPublication(ctx, draftInput({ title: 'Served release' }));
      await transitionPublication(ctx, { id: item.id, to: 'scheduled', at: new Date(Date.now() + 1500).toISOString() });
      await vi.waitFor(async () => {
        expect((await getPublication(ctx, { id: item.id })).status).toBe('published');
      }, { timeout: 20_000, interval: 100 });
    } finally {
      await site.close();
      await session.close();
    }
  });
});
