import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withUser } from '../../src/actions/action-context.js';
import { getPublication } from '../../src/actions/get-publication.js';
import { loadReferenceData } from '../../src/actions/reference-data.js';
import { setPublicationDoi } from '../../src/actions/set-publication-doi.js';
import { updatePublication } from '../../src/actions/update-publication.js';
import { publicationItem } from '../../src/api/api-item.js';
import { normalizeDoi } from '../../src/domain/doi.js';
import { DomainError } from '../../src/domain/errors.js';
import { createDraft, seedBasics } from '../support/seed.js';
import { DIALECTS, manualClock, openTestEnv, type TestEnv } from '../support/test-services.js';

describe('normalizeDoi', () => {
  it('keeps DOIs, reduces pasted URLs and doi: prefixes, clears on empty', () => {
    expect(normalizeDoi('10.5555/rsis.ip24112')).toBe('10.5555/rsis.ip24112');
    expect(normalizeDoi(' https://doi.org/10.5555/ABC-1 ')).toBe('10.5555/ABC-1');
    expect(normalizeDoi('doi:10.12345.6/x')).toBe('10.12345.6/x');
    expect(normalizeDoi('')).toBeNull();
  });

  it('refuses what is not a DOI, naming the field', () => {
    for (const bad of ['ip24112', '10.12/short-prefix', '11.5555/x', '10.5555/', '10.5555/has space']) {
      expect(() => normalizeDoi(bad), bad).toThrow(/doi: .* is not a DOI/);
    }
  });
});

describe.each(DIALECTS)('the DOI of a publication (%s)', (dialect) => {
  let env: TestEnv;
  let basics: Awaited<ReturnType<typeof seedBasics>>;
  const clock = manualClock('2025-03-01T08:00:00.000Z');
  beforeAll(async () => {
    env = await openTestEnv(dialect, { clock });
    basics = await seedBasics(env);
  });
  afterAll(async () => env.close());

  it('is set, read back, kept through content saves, shown by the API and cleared', async () => {
    const draft = await createDraft(basics.ctx);
    expect(draft.doi).toBeNull();
    clock.set('2025-03-02T08:00:00.000Z');
    const withDoi = await setPublicationDoi(basics.ctx, { publication: draft.id, doi: 'https://doi.org/10.5555/imprint.1' });
    expect(withDoi.doi).toBe('10.5555/imprint.1');
    expect(withDoi.updatedAt).toBe('2025-03-02T08:00:00.000Z');
    expect(withDoi.revision).toBe(draft.revision);
    const edited = await updatePublication(basics.ctx, { id: draft.id, revision: withDoi.revision, synopsis: 'Changed.' });
    expect(edited.doi).toBe('10.5555/imprint.1');
    expect((await getPublication(basics.ctx, { id: draft.id })).doi).toBe('10.5555/imprint.1');
    const listed = await env.store.publications.list({ limit: 10, offset: 0 });
    const item = publicationItem(listed.items[0]!, await loadReferenceData(env.store), 'https://imprint.test');
    expect(item.doi).toBe('10.5555/imprint.1');
    const cleared = await setPublicationDoi(basics.ctx, { publication: draft.id, doi: null });
    expect(cleared.doi).toBeNull();
  });

  it('refuses a malformed DOI or one another publication holds, and writes nothing', async () => {
    const a = await createDraft(basics.ctx, { title: 'First' });
    const b = await createDraft(basics.ctx, { title: 'Second' });
    await setPublicationDoi(basics.ctx, { publication: a.id, doi: '10.5555/taken' });
    const malformed = await setPublicationDoi(basics.ctx, { publication: b.id, doi: 'not a doi' }).catch((e: unknown) => e);
    expect(malformed).toBeInstanceOf(DomainError);
    expect((malformed as DomainError).issues[0]?.field).toBe('doi');
    const duplicate = await setPublicationDoi(basics.ctx, { publication: b.id, doi: '10.5555/TAKEN' }).catch((e: unknown) => e);
    expect((duplicate as DomainError).message).toMatch(/already the DOI of "First"/);
    expect((await env.store.publications.findById(b.id))?.doi).toBeNull();
  });

  it('needs the publish permission', async () => {
    const draft = await createDraft(basics.ctx, { title: 'Third' });
    const author = withUser(basics.ctx, { kind: 'user', id: 'u1', name: 'Author', role: 'author', personId: null });
    await expect(setPublicationDoi(author, { publication: draft.id, doi: '10.5555/x.3' })).rejects.toThrow(/cannot/);
    expect((await env.store.publications.findById(draft.id))?.doi).toBeNull();
  });
});
