import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listJobs } from '../../src/actions/list-jobs.js';
import { queuePdfRenders } from '../../src/actions/queue-pdf-render.js';
import { publishPublication } from '../../src/actions/publish-publication.js';
import { updatePublication } from '../../src/actions/update-publication.js';
import { createDraft, seedBasics, systemContext } from '../support/seed.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';

describe.each(DIALECTS)('the render-pdf job on %s', (dialect) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await openTestEnv(dialect);
    await seedBasics(env);
  });
  afterAll(async () => env.close());

  it('is queued by a publish and by an edit, and makes the PDF in the background', async () => {
    const ctx = systemContext(env);
    const runner = env.startJobRunner({ idleMs: 10 });
    try {
      const draft = await createDraft(ctx, { title: 'Background typesetting' });
      expect(await env.store.publicationPdfs.find(draft.id)).toBeUndefined();
      const published = await publishPublication(ctx, { id: draft.id });
      await vi.waitFor(async () => {
        expect(await env.store.publicationPdfs.find(draft.id)).toMatchObject({ kind: 'generated', sourceRevision: published.revision });
      }, { timeout: 30_000, interval: 50 });
      const first = await env.store.publicationPdfs.find(draft.id);
      expect(await ctx.pdf!.files.exists(first!.filePath)).toBe(true);

      const edited = await updatePublication(ctx, { id: draft.id, revision: published.revision, synopsis: 'Edited after publication.' });
      await vi.waitFor(async () => {
        expect((await env.store.publicationPdfs.find(draft.id))?.sourceRevision).toBe(edited.revision);
      }, { timeout: 30_000, interval: 50 });
      expect((await env.store.publicationPdfs.find(draft.id))?.contentHash).not.toBe(first!.contentHash);
      // The runner marks a job done after its work is written: the second one may still be finishing.
      await vi.waitFor(async () => {
        const jobs = (await listJobs(ctx, { key: `pdf:${draft.id}` })).items;
        expect(jobs.filter((j) => j.kind === 'render-pdf' && j.status === 'done').length).toBeGreaterThanOrEqual(2);
      }, { timeout: 30_000, interval: 50 });
    } finally {
      await runner.stop();
    }
  });

  it('is not queued for a draft', async () => {
    const ctx = systemContext(env);
    const draft = await createDraft(ctx, { title: 'Still a draft' });
    expect(await queuePdfRenders(ctx, { publicationIds: [draft.id] })).toBe(0);
    expect((await listJobs(ctx, { key: `pdf:${draft.id}` })).items).toEqual([]);
  });
});
