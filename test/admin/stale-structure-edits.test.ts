import { describe, expect, it } from 'vitest';
import { listPages } from '../../src/actions/list-pages.js';
import { listPeople } from '../../src/actions/list-people.js';
import { savePage } from '../../src/actions/save-page.js';
import { savePerson } from '../../src/actions/save-person.js';
import { systemContext } from '../support/seed.js';
import { DIALECTS, manualClock, openTestEnv } from '../support/test-services.js';

describe.each(DIALECTS)('stale edits of profiles and pages on %s', (dialect) => {
  it('refuses a save based on an older updatedAt with a conflict and writes nothing; a current one goes through', async () => {
    const clock = manualClock('2025-03-01T08:00:00.000Z');
    const env = await openTestEnv(dialect, { clock });
    try {
      const ctx = systemContext(env);
      const person = await savePerson(ctx, { name: 'Lee Wei', rank: 'Fellow' });
      const page = await savePage(ctx, { title: 'About', body: 'First.' });
      clock.advance(60_000);
      await savePerson(ctx, { id: person.id, rank: 'Senior Fellow', expectedUpdatedAt: person.updatedAt });
      await savePage(ctx, { id: page.id, body: 'Second.', expectedUpdatedAt: page.updatedAt });

      await expect(savePerson(ctx, { id: person.id, rank: 'Stale', expectedUpdatedAt: person.updatedAt })).rejects.toMatchObject({ code: 'conflict' });
      await expect(savePage(ctx, { id: page.id, body: 'Stale.', expectedUpdatedAt: page.updatedAt })).rejects.toMatchObject({ code: 'conflict' });
      expect((await listPeople(ctx))[0]?.rank).toBe('Senior Fellow');
      expect((await listPages(ctx))[0]?.body).toBe('Second.');

      // Without a base (imports, the CLI) a save is not checked.
      await savePerson(ctx, { id: person.id, rank: 'Professor' });
      expect((await listPeople(ctx))[0]?.rank).toBe('Professor');
    } finally {
      await env.close();
    }
  });
});
