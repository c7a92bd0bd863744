import type { ActionContext } from '../../src/actions/action-context.js';
import { getPublication } from '../../src/actions/get-publication.js';
import { getSiteChrome } from '../../src/actions/get-site-chrome.js';
import { listDirectory } from '../../src/actions/list-directory.js';
import { listPublications } from '../../src/actions/list-publications.js';
import { listResearchUnits } from '../../src/actions/list-research-units.js';
import { listSeries } from '../../src/actions/list-series.js';
import { listTerms } from '../../src/actions/list-terms.js';
import type { Store } from '../../src/store/store.js';

/**
 * Everything the demo writes, read back: through the read actions where one
 * exists, and the page list from the store (no action lists the whole tree).
 * Includes ids, revisions and update times, so any write shows up.
 */
export async function snapshotContent(ctx: ActionContext, store: Store) {
  const [chrome, series, terms, units, directory, pages] = await Promise.all([
    getSiteChrome(ctx), listSeries(ctx), listTerms(ctx), listResearchUnits(ctx), listDirectory(ctx), store.pages.list(),
  ]);
  const publications = [];
  for (let page = 1; ; page++) {
    const batch = await listPublications(ctx, { page, pageSize: 100 });
    publications.push(...batch.items.map((p) => ({ id: p.id, code: p.code, title: p.title, revision: p.revision, updatedAt: p.updatedAt })));
    if (page * 100 >= batch.total) break;
  }
  return {
    settings: chrome.settings,
    mainMenu: chrome.mainMenu,
    footerMenu: chrome.footerMenu,
    series,
    terms,
    units,
    directory: directory.sections.map((s) => ({ group: s.group, people: s.people.map((p) => [p.id, p.updatedAt]) })),
    pages: pages.map((p) => [p.id, p.path, p.updatedAt]),
    publications,
  };
}

/** Publications as a reader sees them, without ids and times: equal on every load. */
export async function publicationContent(ctx: ActionContext) {
  const { items } = await listPublications(ctx, { pageSize: 100 });
  const out = [];
  for (const item of items) {
    const p = await getPublication(ctx, { id: item.id });
    out.push({
      code: p.code, title: p.title, slug: p.slug, date: p.date, synopsis: p.synopsis, body: p.body, bio: p.bio,
      authors: p.authors.map((a) => a.name), isFeatured: p.isFeatured, publishedAt: p.publishedAt,
    });
  }
  return out;
}
