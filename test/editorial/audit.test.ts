import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublication } from '../../src/actions/create-publication.js';
import { deleteMedia } from '../../src/actions/delete-media.js';
import { listAuditLog } from '../../src/actions/list-audit-log.js';
import { replaceMenu } from '../../src/actions/replace-menu.js';
import { restoreRevision } from '../../src/actions/restore-revision.js';
import { savePage } from '../../src/actions/save-page.js';
import { saveSeries } from '../../src/actions/save-series.js';
import { transitionPublication } from '../../src/actions/transition-publication.js';
import { updateMedia } from '../../src/actions/update-media.js';
import { updatePublication } from '../../src/actions/update-publication.js';
import { updateSettings } from '../../src/actions/update-settings.js';
import { uploadMedia } from '../../src/actions/upload-media.js';
import { draftInput, seedBasics } from '../support/seed.js';
import { DIALECTS, manualClock, openTestEnv, type TestEnv } from '../support/test-services.js';
import { admin, as, authorA, editor } from './support/actors.js';

describe.each(DIALECTS)('audit log on %s', (dialect) => {
  let env: TestEnv;
  const clock = manualClock('2025-05-05T05:00:00.000Z');
  beforeAll(async () => {
    env = await openTestEnv(dialect, { clock });
    await seedBasics(env);
  });
  afterAll(async () => env.close());

  it('records every write action with who, what, which entity, when and a summary', async () => {
    const ctx = as(env, editor);
    clock.set('2025-05-05T06:00:00.000Z');
    const p = await createPublication(as(env, authorA), draftInput({ title: 'Audited paper' }));
    const v2 = await updatePublication(as(env, authorA), { id: p.id, revision: 1, synopsis: 'Sharper.' });
    await transitionPublication(as(env, authorA), { id: p.id, to: 'in_review' });
    await updatePublication(ctx, { id: p.id, revision: 1, synopsis: 'Stale.' }).catch(() => undefined);
    await restoreRevision(ctx, { id: p.id, from: 1, revision: v2.revision });
    await transitionPublication(ctx, { id: p.id, to: 'published' });
    await saveSeries(as(env, admin), { id: (await env.store.series.findBySlug('idss-papers'))!.id, description: 'Papers of IDSS.' });
    await savePage(ctx, { title: 'About' });
    await replaceMenu(ctx, { menu: 'main', items: [{ label: 'About', url: '/about' }] });
    await updateSettings(as(env, admin), { name: 'Audit Institute', tagline: 'Testing' });
    const png = new Uint8Array(await sharp({ create: { width: 40, height: 20, channels: 3, background: '#336699' } }).png().toBuffer());
    const media = await uploadMedia(ctx, { filename: 'audit.png', bytes: png, alt: 'Blue box' });
    await updateMedia(ctx, { id: media.id, caption: 'Box' });
    await deleteMedia(ctx, { id: media.id });

    const log = await listAuditLog(as(env, admin), { since: '2025-05-05T06:00:00Z', pageSize: 200 });
    expect(log.items.map((e) => [e.action, e.actorName, e.entityKind]).reverse()).toEqual([
      ['publication.create', 'Alice Author', 'publication'],
      ['publication.update', 'Alice Author', 'publication'],
      ['publication.submit', 'Alice Author', 'publication'],
      ['publication.conflict', 'Eddie Editor', 'publication'],
      ['publication.restore', 'Eddie Editor', 'publication'],
      ['publication.publish', 'Eddie Editor', 'publication'],
      ['series.update', 'Ada Admin', 'series'],
      ['page.create', 'Eddie Editor', 'page'],
      ['menu.replace', 'Eddie Editor', 'menu'],
      ['settings.update', 'Ada Admin', 'settings'],
      ['media.upload', 'Eddie Editor', 'media'],
      ['media.update', 'Eddie Editor', 'media'],
      ['media.delete', 'Eddie Editor', 'media'],
    ]);
    const publish = log.items.find((e) => e.action === 'publication.publish')!;
    expect(publish).toMatchObject({ entityId: p.id, actorId: editor.id, actorKind: 'user', at: '2025-05-05T06:00:00.000Z' });
    expect(publish.summary).toMatch(/^Moved "Audited paper" from in review to published as IP24\d{3}$/);
    expect(log.items.find((e) => e.action === 'settings.update')?.summary).toBe('Changed site settings: name, tagline');
    expect(log.items.find((e) => e.action === 'menu.replace')?.summary).toBe('Saved the main menu (1 items)');

    const forOne = await listAuditLog(as(env, admin), { entityKind: 'publication', entityId: p.id });
    expect(forOne.total).toBe(6);
  });

  it('records the seed writes of the system actor too (series, units, people, terms, groups)', async () => {
    const log = await listAuditLog(as(env, admin), { actorId: 'system', pageSize: 200 });
    expect(new Set(log.items.map((e) => e.action))).toEqual(new Set([
      'unit.create', 'series.create', 'taxonomy.create', 'term.create', 'directory-group.create', 'person.create',
    ]));
    expect(log.items.every((e) => e.actorKind === 'system' && e.actorName === 'System')).toBe(true);
    expect(log.items.find((e) => e.action === 'series.create' && e.summary.includes('IDSS Papers'))).toBeDefined();
  });

  it('is readable by admins only', async () => {
    await expect(listAuditLog(as(env, editor))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listAuditLog(as(env, authorA))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listAuditLog(as(env, null))).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(listAuditLog(as(env, admin), { pageSize: 500 })).rejects.toMatchObject({ issues: [{ field: 'pageSize' }] });
  });
});
