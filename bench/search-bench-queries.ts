import type { SearchPublicationsInput } from '../src/actions/search-publications.js';
import type { CorpusFacts } from './search-bench-corpus-load.js';
import { UNIVERSAL_WORDS } from './search-corpus.js';

/**
 * The query mix, by kind. "universal" words are in ~97% of the documents:
 * the case to design for. Every kind asks for facets (every search does).
 */
export function buildQueryMix(facts: CorpusFacts): Record<string, SearchPublicationsInput[]> {
  const broad = UNIVERSAL_WORDS.slice(0, 4);
  return {
    'universal word': broad.map((q) => ({ q })),
    'universal word, newest first': broad.map((q) => ({ q, sort: 'date' as const })),
    'two universal words': [{ q: 'regional security' }, { q: 'security policy' }, { q: 'economic government' }],
    'common word (5-60%)': facts.commonWords.map((q) => ({ q })),
    'rare word (<1%)': facts.rareWords.map((q) => ({ q })),
    'phrase': [{ q: '"South China Sea"' }, { q: '"United States"' }, { q: '"regional security"' }, { q: '"freedom of navigation"' }],
    'prefix as you type': [{ q: 'sec' }, { q: 'secu' }, { q: 'mar' }, { q: 'tech' }, { q: 'diplo' }, { q: 'str' }],
    'exclusion': [{ q: 'security -maritime' }, { q: 'policy -trade -china' }, { q: '-security' }],
    'universal word + filters': [
      { q: 'security', series: [facts.seriesSlugs[0]!] },
      { q: 'policy', terms: [facts.themeRefs[2]!] },
      { q: 'regional', year: [2020] },
      { q: 'security', terms: [facts.themeRefs[0]!, facts.regionRefs[1]!], author: [facts.personSlugs[3]!] },
    ],
    'code typed': facts.codes.slice(0, 4).map((q) => ({ q })),
    'browse a facet, no words': [{ terms: [facts.themeRefs[1]!] }, { unit: [facts.unitSlugs[2]!] }, { q: '' }],
    'universal word, page 40': [{ q: 'security', page: 40 }, { q: 'policy', page: 40 }],
  };
}
