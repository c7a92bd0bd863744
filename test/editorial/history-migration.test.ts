import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoreDialect } from '../../src/store/dialects/store-dialect.js';
import { createStore, migrateTo, migrateToLatest } from '../../src/store/store.js';
import { openBareDialect } from '../support/bare-dialect.js';
import { DIALECTS } from '../support/test-services.js';

/** A database whose content was written before the editorial tables existed gets a history to start from. */
describe.each(DIALECTS)('migration 0003-editorial on %s', (dialect) => {
  let db: StoreDialect;
  beforeAll(async () => {
    db = await openBareDialect(dialect);
  });
  afterAll(async () => db.close());

  it('records existing publications at their revision, with the status they had', async () => {
    expect((await migrateTo(db, '0001-content-model')).applied).toEqual(['0001-content-model']);
    const now = '2024-12-30T02:00:00.000Z';
    await sql`insert into series (id, slug, name, group_name, code_prefix, numbering, date_precision, unit_id, description, position, created_at, updated_at)
      values ('s1', 'idss-papers', 'IDSS Papers', 'institute', 'IP', 'yearly', 'day', null, '', 0, ${now}, ${now})`.execute(db.db);
    await sql`insert into publications (id, series_id, code, sequence, title, slug, date, date_precision, year, synopsis, body, body_html, body_text,
      bio, bio_html, status, is_featured, published_at, scheduled_at, created_at, updated_at, revision, render_version)
      values ('p1', 's1', 'IP24112', 112, 'Old paper', 'old-paper', '2024-12-30', 'day', 2024, 'Synopsis.', 'Body.', '<p>Body.</p>', 'Body.',
      '', '', 'published', 1, ${now}, null, '2024-12-01T00:00:00.000Z', ${now}, 4, 1)`.execute(db.db);
    await sql`insert into publication_authors (publication_id, position, person_id, name) values ('p1', 0, null, 'Outside Writer')`.execute(db.db);
    await sql`insert into redirects (from_path, target_kind, target_id, created_at) values ('/old/paper', 'publication', 'p1', ${now})`.execute(db.db);

    await migrateToLatest(db);
    const store = createStore(db);
    const revision = await store.revisions.findByNumber('p1', 4);
    expect(revision).toMatchObject({ kind: 'save', actorName: 'System', createdAt: now });
    expect(revision?.snapshot).toEqual({
      seriesId: 's1', title: 'Old paper', slug: 'old-paper', date: '2024-12-30', synopsis: 'Synopsis.', body: 'Body.', bio: '',
      authors: [{ personId: null, name: 'Outside Writer' }], termIds: [], unitIds: [], isFeatured: true, legacyUrls: ['/old/paper'],
    });
    expect(await store.publicationEvents.list('p1')).toMatchObject([{ fromStatus: null, toStatus: 'published', code: 'IP24112', at: '2024-12-01T00:00:00.000Z' }]);
    expect((await store.publications.findById('p1'))?.createdBy).toBeNull();
  });
});
