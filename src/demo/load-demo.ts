import type { ActionContext } from '../actions/action-context.js';
import { createDirectoryGroup } from '../actions/create-directory-group.js';
import { replaceMenu } from '../actions/replace-menu.js';
import { savePage } from '../actions/save-page.js';
import { savePerson } from '../actions/save-person.js';
import { saveSeries } from '../actions/save-series.js';
import { createTaxonomy, saveTerm } from '../actions/save-taxonomy.js';
import { saveUnit } from '../actions/save-unit.js';
import { updateSettings } from '../actions/update-settings.js';
import { tags } from '../domain/change-tags.js';
import { conflict } from '../domain/errors.js';
import { footerMenu, mainMenu } from './data-menus.js';
import { aboutPages } from './data-pages-about.js';
import { educationPages } from './data-pages-education.js';
import { mediaPages } from './data-pages-media.js';
import { demoGroups, demoPeople } from './data-people.js';
import { demoSeries } from './data-series.js';
import { demoSettings } from './data-settings.js';
import { demoTaxonomies } from './data-taxonomies.js';
import { demoUnits } from './data-units.js';
import type { DemoPage } from './demo-page.js';
import { writeDemoImages } from './demo-images.js';
import { loadDemoPublications } from './load-demo-publications.js';

export interface DemoReport {
  series: number;
  units: number;
  taxonomies: number;
  terms: number;
  groups: number;
  people: number;
  pages: number;
  menuItems: number;
  publications: number;
  images: number;
}

export const DEMO_REFUSAL =
  'The database already holds content (series or publications); the demo only fills an empty database. ' +
  'Point Imprint at a new database to see the demo institute.';

/**
 * Fill an empty database with a demo institute modelled on RSIS, through the
 * same actions the admin and the API use. All of it is written in one
 * transaction, so a failure leaves the database as empty as it was; the
 * figures are written to `<filesDir>/demo/` first, as the bodies refer to them.
 */
export async function loadDemoContent(ctx: ActionContext, options: { filesDir: string }): Promise<DemoReport> {
  if (!(await ctx.store.isEmpty())) throw conflict(DEMO_REFUSAL);
  const images = await writeDemoImages(options.filesDir);
  // Each action logs its write at info level; for the demo's several hundred
  // writes one summary line says enough, so theirs go to debug.
  const quietLog = { ...ctx.log, info: ctx.log.debug };
  const report = await ctx.store.transaction(async (tx) => {
    if (!(await tx.isEmpty())) throw conflict(DEMO_REFUSAL);
    return loadInto({ ...ctx, store: tx, log: quietLog });
  });
  // Actions announced their changes before the transaction committed; a page
  // cached in between would show the empty site, so drop everything once more.
  ctx.events.emit([tags.chrome, tags.publicationLists, tags.peopleLists, tags.pageTree]);
  ctx.log.info('demo content loaded', { ...report });
  return { ...report, images: images.length };
}

async function loadInto(ctx: ActionContext): Promise<Omit<DemoReport, 'images'>> {
  await updateSettings(ctx, demoSettings);
  for (const unit of demoUnits) await saveUnit(ctx, unit);
  for (const series of demoSeries) await saveSeries(ctx, series);
  let terms = 0;
  for (const [position, { terms: vocabulary, ...taxonomy }] of demoTaxonomies.entries()) {
    await createTaxonomy(ctx, { ...taxonomy, position });
    for (const [termPosition, term] of vocabulary.entries()) {
      await saveTerm(ctx, { taxonomy: taxonomy.slug, ...term, position: termPosition });
      terms++;
    }
  }
  for (const [position, group] of demoGroups.entries()) await createDirectoryGroup(ctx, { ...group, position });
  for (const [position, { byline: _byline, ...person }] of demoPeople.entries()) await savePerson(ctx, { ...person, position });
  const pages = await savePages(ctx, [...aboutPages, ...educationPages, ...mediaPages], null);
  const main = await replaceMenu(ctx, { menu: 'main', items: mainMenu });
  const footer = await replaceMenu(ctx, { menu: 'footer', items: footerMenu });
  const publications = await loadDemoPublications(ctx);
  return {
    series: demoSeries.length,
    units: demoUnits.length,
    taxonomies: demoTaxonomies.length,
    terms,
    groups: demoGroups.length,
    people: demoPeople.length,
    pages,
    menuItems: countItems(main) + countItems(footer),
    publications,
  };
}

async function savePages(ctx: ActionContext, pages: readonly DemoPage[], parent: string | null): Promise<number> {
  let count = 0;
  for (const [position, { children, ...page }] of pages.entries()) {
    const saved = await savePage(ctx, { ...page, parent, position });
    count += 1 + (await savePages(ctx, children ?? [], saved.id));
  }
  return count;
}

function countItems(items: readonly { children: readonly unknown[] }[]): number {
  return items.reduce((sum, item) => sum + 1 + countItems(item.children as { children: unknown[] }[]), 0);
}
