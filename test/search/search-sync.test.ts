import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionContext } from '../../src/actions/action-context.js';
import { publishPublication } from '../../src/actions/publish-publication.js';
import { reindexPublications } from '../../src/actions/reindex-publications.js';
import { savePerson } from '../../src/actions/save-person.js';
import { saveSeries } from '../../src/actions/save-series.js';
import { saveTerm } from '../../src/actions/save-taxonomy.js';
import { saveUnit } from '../../src/actions/save-unit.js';
import { searchPublications } from '../../src/actions/search-publications.js';
import { transitionPublication } from '../../src/actions/transition-publication.js';
import { updatePublication } from '../../src/actions/update-publication.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { createDraft, seedBasics } from '../support/seed.js';

describe.each(DIALECTS)('the search index follows the content on %s', (dialect) => {
  let env: TestEnv;
  let editor: ActionContext;
  let reader: ActionContext;
  let basics: Awaited<ReturnType<typeof seedBasics>>;
  const found = async (q: string) => (await searchPublications(reader, { q: `${q} ` })).items.map((i) => i.publication.id);

  beforeEach(async () => {
    env = await openTestEnv(dialect);
    basics = await seedBasics(env);
    editor = basics.ctx;
    reader = env.context(null);
  });
  afterEach(async () => env.close());

  it('never shows drafts, reviews or scheduled items to readers; publishing adds, withdrawing removes', async () => {
    const draft = await createDraft(editor, { body: 'The quokka question.', terms: ['theme:maritime-security'] });
    expect(await found('quokka')).toEqual([]);
    await transitionPublication(editor, { id: draft.id, to: 'in_review' });
    expect(await found('quokka')).toEqual([]);
    await publishPublication(editor, { id: draft.id });
    expect(await found('quokka')).toEqual([draft.id]);
    await transitionPublication(editor, { id: draft.id, to: 'archived' });
    expect(await found('quokka')).toEqual([]);
    await transitionPublication(editor, { id: draft.id, to: 'published' });
    expect(await found('quokka')).toEqual([draft.id]);
    await transitionPublication(editor, { id: draft.id, to: 'draft' });
    expect(await found('quokka')).toEqual([]);
    expect((await searchPublications(reader, {})).total).toBe(0);
  });

  it('finds an edited title by its new word, not the old one, and recounts facets', async () => {
    const item = await publishPublication(editor, { id: (await createDraft(editor, { title: 'Walrus Diplomacy' })).id });
    expect(await found('walrus')).toEqual([item.id]);
    await updatePublication(editor, { id: item.id, revision: item.revision, title: 'Narwhal Diplomacy', terms: ['theme:maritime-security'] });
    expect(await found('walrus')).toEqual([]);
    expect(await found('narwhal')).toEqual([item.id]);
    const page = await searchPublications(reader, { q: 'narwhal' });
    expect(page.facets.taxonomies.find((t) => t.slug === 'theme')!.entries).toEqual([
      { value: 'maritime-security', label: 'Maritime Security', count: 1, isSelected: false },
    ]);
  });

  it('leaves the index as it was when the transaction that edited the content fails', async () => {
    const item = await publishPublication(editor, { id: (await createDraft(editor, { title: 'Walrus Diplomacy' })).id });
    await expect(editor.store.transaction(async (tx) => {
      await updatePublication({ ...editor, store: tx }, { id: item.id, revision: item.revision, title: 'Narwhal Diplomacy' });
      throw new Error('the editor closed the tab');
    })).rejects.toThrow('the editor closed the tab');
    expect(await found('narwhal')).toEqual([]);
    expect(await found('walrus')).toEqual([item.id]);
    // A failed publish leaves nothing behind either.
    const draft = await createDraft(editor, { title: 'Dugong Diplomacy' });
    await expect(editor.store.transaction(async (tx) => {
      await publishPublication({ ...editor, store: tx }, { id: draft.id });
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    expect(await found('dugong')).toEqual([]);
  });

  it('reaches the index when a person, a term, a unit or a series is renamed', async () => {
    const item = await publishPublication(editor, {
      id: (await createDraft(editor, { title: 'Ports', terms: ['theme:maritime-security'], units: ['idss'] })).id,
    });
    expect(await found('sarah')).toEqual([item.id]);
    await savePerson(editor, { id: basics.sarah.id, name: 'Sarah Quetzal' });
    expect(await found('quetzal')).toEqual([item.id]);
    await saveTerm(editor, { id: basics.maritime.id, name: 'Ocean Governance' });
    expect(await found('ocean governance')).toEqual([item.id]);
    expect(await found('maritime')).toEqual([]);
    await saveUnit(editor, { id: basics.idss.id, acronym: 'IDSSX' });
    expect(await found('idssx')).toEqual([item.id]);
    await saveSeries(editor, { id: basics.ip.id, name: 'Zeppelin Papers' });
    expect(await found('zeppelin')).toEqual([item.id]);
  });

  it('rebuilds from the publications with reindex, dropping rows of deleted ones', async () => {
    const a = await publishPublication(editor, { id: (await createDraft(editor, { title: 'Walrus Diplomacy' })).id });
    await createDraft(editor, { title: 'Walrus Drafts' });
    await editor.store.transaction((tx) => tx.publications.delete(a.id));
    const progress: number[] = [];
    const report = await reindexPublications(editor, { batchSize: 1, onProgress: ({ done }) => progress.push(done) });
    expect(report).toEqual({ publications: 1, listed: 0, forgotten: 1 });
    expect(progress).toEqual([0, 1]);
    expect(await found('walrus')).toEqual([]);
  });
});
