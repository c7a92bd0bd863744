import type { ReferenceData } from '../../actions/reference-data.js';
import { slugify } from '../../domain/slug.js';

/**
 * The site's vocabularies as plain data: what a page's categories, labels
 * and bio lines are matched against. Built from the database for an import,
 * from the demo's data in tests, or empty when there is nothing to match.
 */
export interface ImportVocabulary {
  series: { slug: string; name: string; codePrefix: string | null; numbering: 'yearly' | 'running' | 'none'; datePrecision: 'day' | 'month' }[];
  taxonomies: { slug: string; name: string; terms: { slug: string; name: string }[] }[];
  units: { slug: string; name: string; acronym: string }[];
}

export const EMPTY_VOCABULARY: ImportVocabulary = { series: [], taxonomies: [], units: [] };

export function vocabularyOf(reference: Pick<ReferenceData, 'series' | 'taxonomies' | 'terms' | 'units'>): ImportVocabulary {
  return {
    series: reference.series.map((s) => ({ slug: s.slug, name: s.name, codePrefix: s.codePrefix, numbering: s.numbering, datePrecision: s.datePrecision })),
    taxonomies: reference.taxonomies.map((t) => ({
      slug: t.slug,
      name: t.name,
      terms: reference.terms.filter((term) => term.taxonomyId === t.id).map((term) => ({ slug: term.slug, name: term.name })),
    })),
    units: reference.units.map((u) => ({ slug: u.slug, name: u.name, acronym: u.acronym })),
  };
}

/** Names compared as slugs, with a plural or a trailing "Series" not counting: "RSIS Commentaries" = "RSIS Commentary Series". */
export function nameVariants(name: string): string[] {
  const slug = slugify(name.replace(/&/g, ' and '), 200);
  const bare = slug.replace(/-series$/, '');
  const singular = bare.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
  return [...new Set([slug, bare, singular])];
}

export function isSameName(a: string, b: string): boolean {
  const variants = new Set(nameVariants(a));
  return nameVariants(b).some((v) => variants.has(v));
}

/** A series by its name, or, failing that, the one series whose name ends with it ("Event Reports"). */
export function findSeriesByName(vocabulary: ImportVocabulary, name: string): ImportVocabulary['series'][number] | undefined {
  const exact = vocabulary.series.find((s) => isSameName(s.name, name) || s.slug === slugify(name));
  if (exact) return exact;
  const tail = nameVariants(name).at(-1) ?? '';
  const endings = vocabulary.series.filter((s) => tail.length > 4 && nameVariants(s.name).some((v) => v.endsWith(`-${tail}`)));
  return endings.length === 1 ? endings[0] : undefined;
}

export function findUnitByName(vocabulary: ImportVocabulary, name: string): ImportVocabulary['units'][number] | undefined {
  const text = name.trim();
  const withAcronym = /^(.*?)\s*\(([^)]+)\)$/.exec(text);
  return vocabulary.units.find((u) => isSameName(u.name, text) || (u.acronym !== '' && u.acronym === text) || u.slug === slugify(text)
    || (withAcronym !== null && (isSameName(u.name, withAcronym[1] ?? '') || (u.acronym !== '' && u.acronym === withAcronym[2]))));
}

export function findTerm(vocabulary: ImportVocabulary, name: string): { taxonomy: string; term: { slug: string; name: string } } | undefined {
  for (const taxonomy of vocabulary.taxonomies) {
    const term = taxonomy.terms.find((t) => isSameName(t.name, name) || t.slug === slugify(name));
    if (term) return { taxonomy: taxonomy.slug, term };
  }
  return undefined;
}
