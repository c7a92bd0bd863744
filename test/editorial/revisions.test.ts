import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublication } from '../../src/actions/create-publication.js';
import { getPublication } from '../../src/actions/get-publication.js';
import { getRevision } from '../../src/actions/get-revision.js';
import { getRevisionDiff } from '../../src/actions/get-revision-diff.js';
import { listRevisions } from '../../src/actions/list-revisions.js';
import { restoreRevision } from '../../src/actions/restore-revision.js';
import { transitionPublication } from '../../src/actions/transition-publication.js';
import { updatePublication } from '../../src/actions/update-publication.js';
import type { DomainError } from '../../src/domain/errors.js';
import { draftInput, seedBasics } from '../support/seed.js';
import { DIALECTS, manualClock, openSecondNode, openTestEnv, type TestEnv } from '../support/test-services.js';
import { withUser } from '../../src/actions/action-context.js';
import { admin, as, authorA, editor } from './support/actors.js';

describe.each(DIALECTS)('revisions on %s', (dialect) => {
  let env: TestEnv;
  const clock = manualClock('2025-02-01T08:00:00.000Z');
  const tick = () => clock.advance(60_000);
  beforeAll(async () => {
    env = await openTestEnv(dialect, { clock });
    await seedBasics(env);
  });
  afterAll(async () => env.close());

  it('keeps every save as a revision with who, when and every editable field', async () => {
    const author = as(env, authorA);
    const p = await createPublication(author, draftInput({
      title: 'History of a paper', body: 'First body.', terms: ['theme:maritime-security'], legacyUrls: ['/old/history'],
      authors: [{ person: 'sarah-soh' }, { name: 'Guest Writer' }],
    }));
    tick();
    const second = await updatePublication(author, { id: p.id, revision: 1, body: 'First body, extended.' });
    tick();
    await transitionPublication(author, { id: p.id, to: 'in_review' });
    tick();
    const third = await updatePublication(as(env, editor), { id: p.id, revision: second.revision, title: 'History of a Paper', isFeatured: true });
    expect([second.revision, third.revision]).toEqual([2, 3]);

    const history = await listRevisions(as(env, authorA), { id: p.id });
    expect(history.currentRevision).toBe(3);
    expect(history.revisions.map((r) => [r.revision, r.kind, r.actorName, r.createdAt])).toEqual([
      [3, 'save', 'Eddie Editor', '2025-02-01T08:03:00.000Z'],
      [2, 'save', 'Alice Author', '2025-02-01T08:01:00.000Z'],
      [1, 'save', 'Alice Author', '2025-02-01T08:00:00.000Z'],
    ]);
    const first = await getRevision(as(env, editor), { id: p.id, revision: 1 });
    expect(first.snapshot).toEqual({
      seriesId: p.seriesId, title: 'History of a paper', slug: 'history-of-a-paper', date: '2024-12-30',
      synopsis: 'What will 2025 portend for Japan?', body: 'First body.', bio: '',
      authors: [{ personId: p.authors[0]?.personId, name: 'Sarah Soh' }, { personId: null, name: 'Guest Writer' }],
      termIds: p.termIds, unitIds: p.unitIds, isFeatured: false, legacyUrls: ['/old/history'],
    });
    expect((await getRevision(as(env, editor), { id: p.id, revision: history.revisions[0]!.id })).snapshot.isFeatured).toBe(true);
  });

  it('diffs any two revisions word by word, field by field, with names', async () => {
    const ctx = as(env, editor);
    const p = await createPublication(ctx, draftInput({
      title: 'Diffable', body: 'Japan has the opportunity to improve relations with China.\n\nThe alliance endures.',
      terms: ['theme:maritime-security'],
    }));
    tick();
    const v2 = await updatePublication(ctx, {
      id: p.id, revision: 1, body: 'Japan has a rare opportunity to improve relations with China.\n\nThe alliance endures.',
      terms: ['theme:maritime-security', 'region:east-asia-and-asia-pacific'], authors: [{ person: 'sarah-soh' }, { person: 'tan-wei-ming' }],
    });
    tick();
    await updatePublication(ctx, { id: p.id, revision: v2.revision, title: 'Diffable, revised' });

    const diff = await getRevisionDiff(ctx, { id: p.id, from: 1 });
    expect(diff.from.revision).toBe(1);
    expect(diff.to.revision).toBe(3);
    const field = (name: string) => diff.fields.find((f) => f.field === name)!;
    expect(diff.fields.filter((f) => f.isChanged).map((f) => f.field)).toEqual(['title', 'slug', 'authors', 'body', 'terms']);
    expect(field('body').segments).toEqual([
      { op: 'equal', text: 'Japan has ' },
      { op: 'delete', text: 'the' },
      { op: 'insert', text: 'a rare' },
      { op: 'equal', text: ' opportunity to improve relations with China.\n\nThe alliance endures.' },
    ]);
    expect(field('title').segments).toEqual([{ op: 'equal', text: 'Diffable' }, { op: 'insert', text: ', revised' }]);
    expect(field('authors').segments).toEqual([{ op: 'equal', text: 'Sarah Soh' }, { op: 'insert', text: '\nTan Wei Ming' }]);
    expect(field('terms').segments).toEqual([
      { op: 'equal', text: 'Themes: Maritime Security' },
      { op: 'insert', text: '\nRegions: East Asia and Asia Pacific' },
    ]);
    // Any two, in either direction.
    const backwards = await getRevisionDiff(ctx, { id: p.id, from: 3, to: 2 });
    expect(backwards.fields.filter((f) => f.isChanged).map((f) => f.field)).toEqual(['title', 'slug']);
    await expect(getRevisionDiff(ctx, { id: p.id, from: 9 })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('restores an old revision as a new save and never rewrites history', async () => {
    const ctx = as(env, editor);
    const p = await createPublication(ctx, draftInput({ title: 'Restorable', synopsis: 'Original synopsis.', body: 'Original body.' }));
    tick();
    const v2 = await updatePublication(ctx, { id: p.id, revision: 1, synopsis: 'Rewritten synopsis.', body: 'Rewritten body.' });
    tick();
    const restored = await restoreRevision(ctx, { id: p.id, from: 1, revision: v2.revision });
    expect(restored).toMatchObject({ revision: 3, synopsis: 'Original synopsis.', body: 'Original body.', title: 'Restorable' });
    expect(restored.bodyHtml).toContain('Original body.');
    const history = await listRevisions(ctx, { id: p.id });
    const first = history.revisions.find((r) => r.revision === 1)!;
    expect(history.revisions.map((r) => [r.revision, r.kind, r.restoredFrom])).toEqual([
      [3, 'restore', first.id], [2, 'save', null], [1, 'save', null],
    ]);
    expect((await getRevision(ctx, { id: p.id, revision: 2 })).snapshot.body).toBe('Rewritten body.');
    const diff = await getRevisionDiff(ctx, { id: p.id, from: 1, to: 3 });
    expect(diff.fields.every((f) => !f.isChanged)).toBe(true);
    // A stale restore is a conflict like any stale save.
    await expect(restoreRevision(ctx, { id: p.id, from: 2, revision: 2 })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses a stale save, keeps the refused version retrievable and restorable, and leaves the newer one current', async () => {
    const editorCtx = as(env, editor);
    const adminCtx = as(env, admin);
    const p = await createPublication(editorCtx, draftInput({ title: 'Two editors', synopsis: 'Base synopsis.', body: 'Base body.' }));
    tick();
    // Both open revision 1. The admin saves first ...
    const theirs = await updatePublication(adminCtx, { id: p.id, revision: 1, synopsis: 'Admin’s synopsis.' });
    tick();
    // ... then the editor's save, based on revision 1, is refused.
    const error = await updatePublication(editorCtx, { id: p.id, revision: 1, body: 'Editor’s body, typed for an hour.' }).catch((e: unknown) => e as DomainError);
    expect(error).toMatchObject({ code: 'conflict' });
    const details = (error as DomainError).details as { keptRevisionId: string; yourRevision: number; currentRevision: number };
    expect(details).toMatchObject({ publicationId: p.id, yourRevision: 1, currentRevision: 2 });
    expect((error as DomainError).message).toContain(`kept as revision ${details.keptRevisionId}`);

    const current = await getPublication(editorCtx, { id: p.id });
    expect(current).toMatchObject({ revision: 2, synopsis: 'Admin’s synopsis.', body: 'Base body.' });
    // The refused version is the editor's copy: revision 1 with their change.
    const kept = await getRevision(editorCtx, { id: p.id, revision: details.keptRevisionId });
    expect(kept).toMatchObject({ kind: 'conflict', revision: null, baseRevision: 1, actorName: 'Eddie Editor' });
    expect(kept.snapshot).toMatchObject({ synopsis: 'Base synopsis.', body: 'Editor’s body, typed for an hour.' });
    expect((await listRevisions(editorCtx, { id: p.id })).revisions.map((r) => r.kind)).toEqual(['conflict', 'save', 'save']);

    const compared = await getRevisionDiff(editorCtx, { id: p.id, from: 2, to: details.keptRevisionId });
    expect(compared.fields.filter((f) => f.isChanged).map((f) => f.field)).toEqual(['synopsis', 'body']);

    // The editor takes their body back over the current revision.
    const merged = await restoreRevision(editorCtx, { id: p.id, from: details.keptRevisionId, revision: theirs.revision });
    expect(merged).toMatchObject({ revision: 3, body: 'Editor’s body, typed for an hour.' });
  });

  it('settles two simultaneous saves on one revision: one wins, the other is kept as a conflict', async () => {
    const p = await createPublication(as(env, editor), draftInput({ title: 'Simultaneous', synopsis: 'Base.' }));
    // On PostgreSQL the second save comes from another app node (its own pool).
    const other = dialect === 'postgres' ? await openSecondNode(env, { listenForChanges: false }) : env;
    try {
      const results = await Promise.allSettled([
        updatePublication(as(env, editor), { id: p.id, revision: 1, synopsis: 'From the editor.' }),
        updatePublication(withUser(other.context(null), admin), { id: p.id, revision: 1, synopsis: 'From the admin.' }),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect([won.length, lost.length]).toEqual([1, 1]);
      const keptId = (lost[0]?.reason as DomainError).details?.keptRevisionId as string;
      const kept = await getRevision(as(env, admin), { id: p.id, revision: keptId });
      const current = await getPublication(as(env, admin), { id: p.id });
      expect(current.revision).toBe(2);
      expect([current.synopsis, kept.snapshot.synopsis].sort()).toEqual(['From the admin.', 'From the editor.']);
    } finally {
      if (other !== env) await other.close();
    }
  });

  it('keeps nothing for a stale save that is invalid: the fields are named first', async () => {
    const ctx = as(env, editor);
    const p = await createPublication(ctx, draftInput({ title: 'Invalid and stale' }));
    await updatePublication(ctx, { id: p.id, revision: 1, synopsis: 'newer' });
    await expect(updatePublication(ctx, { id: p.id, revision: 1, terms: ['theme:no-such-term'] }))
      .rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'terms.0' }] });
    expect((await listRevisions(ctx, { id: p.id })).revisions).toHaveLength(2);
  });
});
