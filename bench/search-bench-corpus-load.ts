/**
 * Loads the benchmark corpus into a database: the institute's structure
 * through the actions (series, units, taxonomies, 400 people), then the
 * publications in bulk through the store's repositories (the write actions
 * render Markdown and keep revisions, which would take most of an hour at
 * 100k and measures nothing about search).
 */
import type { ActionContext } from '../src/actions/action-context.js';
import { createDirectoryGroup } from '../src/actions/create-directory-group.js';
import { savePerson } from '../src/actions/save-person.js';
import { saveSeries } from '../src/actions/save-series.js';
import { createTaxonomy, saveTerm } from '../src/actions/save-taxonomy.js';
import { saveUnit } from '../src/actions/save-unit.js';
import { newId } from '../src/domain/ids.js';
import type { PublicationWrite } from '../src/store/repositories/publication-repository.js';
import { buildVocabulary, generateBody, generateTitle, seededRandom, skewedIndex } from './search-corpus.js';

export interface CorpusFacts {
  seriesSlugs: string[];
  themeRefs: string[];
  regionRefs: string[];
  unitSlugs: string[];
  personSlugs: string[];
  codes: string[];
  /** Words of the long tail (each in well under 1% of documents). */
  rareWords: string[];
  /** Words in a share of the documents (policy vocabulary). */
  commonWords: string[];
}

const SERIES = 20;
const UNITS = 15;
const THEMES = 12;
const REGIONS = 6;
const PEOPLE = 400;
const BATCH = 1000;

export async function generateCorpus(ctx: ActionContext, options: { docs: number; isDryRun?: boolean; onProgress?: (done: number) => void }): Promise<CorpusFacts> {
  const random = seededRandom(20_250_101);
  const vocabulary = buildVocabulary(random);
  const seriesSlugs = Array.from({ length: SERIES }, (_, i) => `series-${i + 1}`);
  const unitSlugs = Array.from({ length: UNITS }, (_, i) => `unit-${i + 1}`);
  const themeRefs = Array.from({ length: THEMES }, (_, i) => `theme:theme-${i + 1}`);
  const regionRefs = Array.from({ length: REGIONS }, (_, i) => `region:region-${i + 1}`);
  const personSlugs = Array.from({ length: PEOPLE }, (_, i) => `person-${i + 1}`);
  const facts: CorpusFacts = {
    seriesSlugs, themeRefs, regionRefs, unitSlugs, personSlugs, codes: [],
    rareWords: [5_000, 9_000, 14_000, 21_000, 27_000].map((rank) => vocabulary.words[rank]!),
    commonWords: ['maritime', 'trade', 'technology', 'diplomacy', 'indonesia', 'deterrence'],
  };
  const prefixes = seriesSlugs.map((_, i) => `S${String.fromCharCode(65 + (i % 26))}`);
  const sequences = new Map<string, number>();
  const codeOf = (seriesIndex: number, year: number): string => {
    const key = `${seriesIndex}:${year}`;
    const sequence = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, sequence);
    return `${prefixes[seriesIndex]}${String(year % 100).padStart(2, '0')}${String(sequence).padStart(4, '0')}`;
  };

  if (!options.isDryRun) {
    for (const [i, slug] of unitSlugs.entries()) await saveUnit(ctx, { slug, acronym: `U${i + 1}`, name: `Research Unit ${i + 1}`, kind: 'centre' });
    for (const [i, slug] of seriesSlugs.entries()) {
      await saveSeries(ctx, { slug, name: `Series ${i + 1}`, codePrefix: prefixes[i]!, numbering: 'yearly', unit: unitSlugs[i % UNITS]!, position: i });
    }
    await createTaxonomy(ctx, { slug: 'theme', name: 'Themes', path: 'themes' });
    await createTaxonomy(ctx, { slug: 'region', name: 'Regions', path: 'regions', position: 1 });
    for (let i = 0; i < THEMES; i++) await saveTerm(ctx, { taxonomy: 'theme', name: `Theme ${i + 1}`, slug: `theme-${i + 1}` });
    for (let i = 0; i < REGIONS; i++) await saveTerm(ctx, { taxonomy: 'region', name: `Region ${i + 1}`, slug: `region-${i + 1}` });
    await createDirectoryGroup(ctx, { slug: 'faculty', name: 'Faculty' });
    for (const [i, slug] of personSlugs.entries()) {
      await savePerson(ctx, { slug, name: `${generateTitle(vocabulary, random).split(' ')[0]} Author ${i + 1}`, group: 'faculty' });
    }
  }
  const [series, terms, units, people] = await Promise.all([
    ctx.store.series.list(), ctx.store.taxonomies.listTerms(), ctx.store.units.list(), ctx.store.people.list(),
  ]);
  const seriesBySlug = new Map(series.map((s) => [s.slug, s]));
  const termBySlug = new Map(terms.map((t) => [t.slug, t]));
  const unitBySlug = new Map(units.map((u) => [u.slug, u]));
  const personBySlug = new Map(people.map((p) => [p.slug, p]));

  for (let start = 0; start < options.docs; start += BATCH) {
    const batch: PublicationWrite[] = [];
    for (let n = start; n < Math.min(options.docs, start + BATCH); n++) {
      const seriesIndex = skewedIndex(SERIES, random);
      const year = 2025 - skewedIndex(31, random);
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * 28);
      const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const isDraft = random() < 0.02;
      const code = isDraft ? null : codeOf(seriesIndex, year);
      if (code && n % 997 === 0) facts.codes.push(code);
      const title = generateTitle(vocabulary, random);
      const body = generateBody(vocabulary, random);
      const synopsis = body.split('\n\n')[0]!.split('. ').slice(0, 2).join('. ');
      const authorCount = 1 + Math.floor(random() * random() * 3);
      const authors = [...new Set(Array.from({ length: authorCount }, () => personSlugs[skewedIndex(PEOPLE, random)]!))]
        .map((slug) => personBySlug.get(slug)!)
        .map((p) => ({ personId: p.id, personSlug: p.slug, name: p.name }));
      const themeCount = 1 + Math.floor(random() * 2.5);
      const termIds = [...new Set([
        ...Array.from({ length: themeCount }, () => termBySlug.get(`theme-${1 + skewedIndex(THEMES, random)}`)!.id),
        termBySlug.get(`region-${1 + skewedIndex(REGIONS, random)}`)!.id,
      ])];
      const s = seriesBySlug.get(seriesSlugs[seriesIndex]!)!;
      const unitIds = [...new Set([s.unitId!, unitBySlug.get(unitSlugs[skewedIndex(UNITS, random)]!)!.id])];
      const at = `${date}T08:00:00.000Z`;
      if (options.isDryRun) continue;
      batch.push({
        id: newId(Date.parse(at)), seriesId: s.id, code, sequence: code ? Number(code.slice(-4)) : null, title,
        slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80), date, datePrecision: 'day',
        synopsis, body, bodyHtml: body.split('\n\n').map((p) => `<p>${p}</p>`).join('\n'), bodyText: body, bio: '', bioHtml: '',
        status: isDraft ? 'draft' : 'published', isFeatured: false, publishedAt: isDraft ? null : at, scheduledAt: null,
        createdAt: at, updatedAt: at, revision: 1, createdBy: null, authors, termIds, unitIds, renderVersion: 1,
      });
    }
    if (batch.length) await ctx.store.transaction(async (tx) => {
      for (const write of batch) await tx.publications.insert(write);
    });
    options.onProgress?.(Math.min(options.docs, start + BATCH));
  }
  return facts;
}
