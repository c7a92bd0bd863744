import type { ActionContext } from '../../../src/actions/action-context.js';
import { createDirectoryGroup } from '../../../src/actions/create-directory-group.js';
import { savePerson } from '../../../src/actions/save-person.js';
import { saveSeries } from '../../../src/actions/save-series.js';
import { createTaxonomy, saveTerm } from '../../../src/actions/save-taxonomy.js';
import { saveUnit } from '../../../src/actions/save-unit.js';
import { demoGroups, demoPeople } from '../../../src/demo/data-people.js';
import { demoSeries } from '../../../src/demo/data-series.js';
import { demoTaxonomies } from '../../../src/demo/data-taxonomies.js';
import { demoUnits } from '../../../src/demo/data-units.js';
import { slugify } from '../../../src/domain/slug.js';
import type { ImportVocabulary } from '../../../src/import/pages/import-vocabulary.js';

/**
 * The demo institute's vocabularies — units, series, themes and regions,
 * directory groups and people — and nothing else: no pages, menus or
 * publications, so an import into it starts from the structure alone.
 */
export async function loadDemoVocabulary(ctx: ActionContext): Promise<void> {
  for (const unit of demoUnits) await saveUnit(ctx, unit);
  for (const series of demoSeries) await saveSeries(ctx, series);
  for (const [position, { terms, ...taxonomy }] of demoTaxonomies.entries()) {
    await createTaxonomy(ctx, { ...taxonomy, position });
    for (const [termPosition, term] of terms.entries()) await saveTerm(ctx, { taxonomy: taxonomy.slug, ...term, position: termPosition });
  }
  for (const [position, group] of demoGroups.entries()) await createDirectoryGroup(ctx, { ...group, position });
  for (const [position, { byline: _byline, ...person }] of demoPeople.entries()) await savePerson(ctx, { ...person, position });
}

/** The same vocabularies as plain data, for the extraction tests that run without a database. */
export const demoVocabulary: ImportVocabulary = {
  series: demoSeries.map((s) => ({
    slug: s.slug, name: s.name, codePrefix: s.codePrefix ?? null, numbering: s.numbering ?? 'none', datePrecision: s.datePrecision ?? 'day',
  })),
  taxonomies: demoTaxonomies.map((t) => ({ slug: t.slug, name: t.name, terms: t.terms.map((term) => ({ slug: slugify(term.name), name: term.name })) })),
  units: demoUnits.map((u) => ({ slug: u.slug, name: u.name, acronym: u.acronym ?? '' })),
};
