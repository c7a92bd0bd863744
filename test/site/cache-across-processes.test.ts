import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { savePerson } from '../../src/actions/save-person.js';
import { withUser } from '../../src/actions/action-context.js';
import { SYSTEM_ACTOR } from '../../src/domain/permissions.js';
import type { Services } from '../../src/services.js';
import { DIALECTS, openSecondNode, openTestEnv, type TestEnv } from '../support/test-services.js';
import { IP24112_PATH, openSite } from './site-fixture.js';

/**
 * A server and a second process on the same database, as when `imprint
 * import` or `imprint import json` runs beside `imprint serve`: the server's
 * cached pages must follow the other process's writes (NOTIFY on
 * PostgreSQL, the change log table on SQLite).
 */
describe.each(DIALECTS)('cached pages after another process writes, on %s', (dialect) => {
  let env: TestEnv;
  let site: Awaited<ReturnType<typeof openSite>>;
  let other: Services | undefined;

  beforeAll(async () => {
    env = await openTestEnv(dialect, { listenForChanges: true });
    site = await openSite(env);
    other = await openSecondNode(env, { listenForChanges: false, pageCache: false });
  });
  afterAll(async () => {
    await other?.close();
    await env?.close();
  });

  it('drops the pages that show a person renamed by the other process, and keeps the rest', async () => {
    const get = (path: string) => site.app.request(path);
    for (const path of [IP24112_PATH, '/people/sarah-soh', '/about/introduction']) {
      await get(path);
      expect((await get(path)).headers.get('x-cache'), path).toBe('hit');
    }
    const writer = other;
    if (!writer) throw new Error('the second process did not open');
    await savePerson(withUser(writer.context(null), SYSTEM_ACTOR), { id: site.sarah.id, name: 'Sarah Soh Mei Lin' });
    // Like a CLI command, the other process ends right after its write: its notification still goes out.
    other = undefined;
    await writer.close();

    await vi.waitFor(async () => {
      expect(await (await get(IP24112_PATH)).text()).toContain('Sarah Soh Mei Lin');
    }, { timeout: 10_000, interval: 50 });
    expect(await (await get('/people/sarah-soh')).text()).toContain('Sarah Soh Mei Lin');
    expect((await get('/about/introduction')).headers.get('x-cache')).toBe('hit');
  });
});
