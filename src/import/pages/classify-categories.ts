import { findSeriesByName, findTerm, findUnitByName, isSameName, type ImportVocabulary } from './import-vocabulary.js';

/**
 * The Categories line is one flat list mixing series, themes, regions and
 * centres (`IDSS Papers / Country and Region Studies / … / Global`). Each item
 * is matched against the site's vocabularies; an item matching nothing goes
 * to the facet its words suggest and is created "to review".
 */
export interface PageCategories {
  series: string[];
  theme: string[];
  region: string[];
  unit: string[];
}

/** A term to attach: known (`isNew` false) or to be created, marked for review. */
export interface TermChoice {
  taxonomy: string;
  name: string;
  isNew: boolean;
}

export interface ClassifiedCategories {
  categories: PageCategories;
  terms: TermChoice[];
  /** Series items that match no series of the site. */
  unknownSeries: string[];
}

const SERIES_WORDS = /\b(?:papers?|commentar(?:y|ies)|reports?|series|insights?|analyses|newsletters?|monographs?|bulletins?|books?|reviews?|alerts?|op-eds?|highlights?|publications?)$/i;
const THEME_WORDS = /\b(?:studies|security|politics|policy|relations|economics|economy|terrorism|extremism|cohesion|technology|conflict|cooperation|governance|law|diplomacy|affairs|health|climate|energy|trade|defence|defense|military)\b/i;
const REGION_WORDS = /\b(?:asia|asean|pacific|europe|african?|americas?|middle east|ocean|region|regions|global|world|china|india|japan|korea|russia|australia|oceania|arctic|gulf|mekong|balkans|caucasus|sahel|levant|eurasia|indo-pacific|southeast|northeast|south|north|east|west|central)\b/i;

/** Which facet a taxonomy fills: by its slug, as the JSON record has fixed keys. */
export function facetOf(taxonomySlug: string): 'theme' | 'region' {
  return /^(region|countr|geograph|area)/i.test(taxonomySlug) ? 'region' : 'theme';
}

function taxonomyForFacet(vocabulary: ImportVocabulary, facet: 'theme' | 'region'): string | null {
  return vocabulary.taxonomies.find((t) => facetOf(t.slug) === facet)?.slug ?? (vocabulary.taxonomies.length === 0 ? facet : null);
}

/** "Commemorative / Event Reports" was split at its slash with the rest of the line; put it back together. */
function rejoin(items: readonly string[], vocabulary: ImportVocabulary): string[] {
  const names = [...vocabulary.series.map((s) => s.name), ...vocabulary.units.map((u) => u.name), ...vocabulary.taxonomies.flatMap((t) => t.terms.map((x) => x.name))];
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const joined = `${items[i]} / ${items[i + 1] ?? ''}`;
    if (i + 1 < items.length && names.some((n) => isSameName(n, joined))) {
      out.push(joined);
      i++;
    } else {
      out.push(items[i] ?? '');
    }
  }
  return out;
}

export function classifyCategories(items: readonly string[], vocabulary: ImportVocabulary): ClassifiedCategories {
  const result: ClassifiedCategories = { categories: { series: [], theme: [], region: [], unit: [] }, terms: [], unknownSeries: [] };
  const add = (list: string[], name: string) => {
    if (!list.some((n) => isSameName(n, name))) list.push(name);
  };
  for (const item of rejoin(items, vocabulary)) {
    const series = findSeriesByName(vocabulary, item);
    if (series) {
      add(result.categories.series, series.name);
      continue;
    }
    const unit = findUnitByName(vocabulary, item);
    if (unit) {
      add(result.categories.unit, unit.name);
      continue;
    }
    const term = findTerm(vocabulary, item);
    if (term) {
      add(result.categories[facetOf(term.taxonomy)], term.term.name);
      if (!result.terms.some((t) => t.taxonomy === term.taxonomy && t.name === term.term.name)) {
        result.terms.push({ taxonomy: term.taxonomy, name: term.term.name, isNew: false });
      }
      continue;
    }
    if (SERIES_WORDS.test(item)) {
      add(result.categories.series, item);
      result.unknownSeries.push(item);
      continue;
    }
    const facet = REGION_WORDS.test(item) && !THEME_WORDS.test(item) ? 'region' : 'theme';
    add(result.categories[facet], item);
    const taxonomy = taxonomyForFacet(vocabulary, facet);
    if (taxonomy) result.terms.push({ taxonomy, name: item, isNew: true });
  }
  return result;
}

/** Units a bio names, by full name or by the acronym in brackets: "(IDSS)". In the site's order. */
export function unitsInText(text: string, vocabulary: ImportVocabulary): string[] {
  return vocabulary.units.filter((u) => {
    if (u.name.length > 3 && new RegExp(`\\b${escapeRegExp(u.name)}\\b`, 'i').test(text)) return true;
    return u.acronym.length >= 2 && text.includes(`(${u.acronym})`);
  }).map((u) => u.name);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
