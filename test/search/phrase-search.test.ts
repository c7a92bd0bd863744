import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionContext } from '../../src/actions/action-context.js';
import { publishPublication } from '../../src/actions/publish-publication.js';
import { searchPublications } from '../../src/actions/search-publications.js';
import { createDraft, seedBasics } from '../support/seed.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';

describe.each(DIALECTS)('phrase search on %s', (dialect) => {
  let env: TestEnv;
  let editor: ActionContext;
  const ids: Record<string, string> = {};
  const found = async (q: string) => {
    const page = await searchPublications(env.context(null), { q, sort: 'date', pageSize: 50 });
    return page.items.map((i) => Object.keys(ids).find((k) => ids[k] === i.publication.id)).sort();
  };

  beforeAll(async () => {
    env = await openTestEnv(dialect);
    editor = (await seedBasics(env)).ctx;
    const texts: Record<string, { title: string; synopsis: string; body: string }> = {
      phrase: { title: 'Claims at sea', synopsis: 'Tension grows.', body: 'Patrols in the South China Sea went on all year.' },
      apart: { title: 'Coastal states', synopsis: 'A survey.', body: 'South of the border, China built a port by the sea.' },
      halves: { title: 'Two halves', synopsis: 'Both halves, never the whole.', body: 'The south china trade and the china sea route differ.' },
      acrossFields: { title: 'Looking South', synopsis: 'China sea policy is debated.', body: 'Nothing else.' },
    };
    for (const [name, text] of Object.entries(texts)) {
      const draft = await createDraft(editor, { ...text, authors: [{ name: 'A. Writer' }] });
      await publishPublication(editor, { id: draft.id });
      ids[name] = draft.id;
    }
  }, 60_000);
  afterAll(async () => env.close());

  it('finds a phrase only where its words follow each other in one field', async () => {
    expect(await found('"South China Sea"')).toEqual(['phrase']);
    expect(await found('"south china"')).toEqual(['halves', 'phrase']);
    expect(await found('"china sea"')).toEqual(['acrossFields', 'halves', 'phrase']);
    expect(await found('south china sea')).toEqual(['acrossFields', 'apart', 'halves', 'phrase']);
    expect(await found('"in the sout"*')).toEqual(['phrase']);
    expect(await found('sea -"south china"')).toEqual(['acrossFields', 'apart']);
  });
});
