import { bareName } from '../../domain/person.js';
import { parseStoredDate } from '../../domain/publication-date.js';
import { publicationPath, type PublicationSummary } from '../../domain/publication.js';
import type { Series } from '../../domain/series.js';

/**
 * What a citation says about a publication, independent of any format. The
 * code is the report number (IP24112): series and number together identify a
 * think-tank paper the way volume and issue identify a journal article.
 */
export interface CitationSource {
  id: string;
  title: string;
  /** Names as printed in the byline, in byline order. */
  authorNames: string[];
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  date: string;
  code: string | null;
  seriesName: string;
  /** The institute (site settings' name). */
  publisher: string;
  /** Absolute canonical URL of the publication page. */
  url: string;
  doi: string | null;
  synopsis: string;
}

export function citationSource(
  publication: Pick<PublicationSummary, 'id' | 'title' | 'authors' | 'date' | 'code' | 'slug' | 'synopsis'> & { doi?: string | null },
  series: Pick<Series, 'name' | 'slug'>,
  publisher: string,
  baseUrl: string,
): CitationSource {
  return {
    id: publication.id,
    title: publication.title,
    authorNames: publication.authors.map((a) => a.name),
    date: publication.date,
    code: publication.code,
    seriesName: series.name,
    publisher,
    url: `${baseUrl}${publicationPath(series.slug, publication)}`,
    doi: publication.doi ?? null,
    synopsis: publication.synopsis,
  };
}

/** A CSL-JSON name: split into family and given, or kept whole (`literal`). */
export type CslName =
  | { family: string; given?: string }
  | { literal: string };

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'ten', 'ter']);
/** Names built on a father's name rather than a family name: citing them inverted would be wrong. */
const PATRONYMIC = /\s(bin|binte|binti|bte|bt|s\/o|d\/o|a\/l|a\/p)\s/i;

/**
 * Split a byline name for citation styles that invert names ("Soh, S.").
 * "Family, Given" is taken as written; one word, an organisation-like name or
 * a patronymic name is kept whole; otherwise the last word (with any
 * particle such as "van der") is the family name. Honorifics are dropped.
 */
export function splitName(name: string): CslName {
  const bare = bareName(name).replace(/\s+/g, ' ').trim();
  const comma = bare.indexOf(',');
  if (comma > 0) {
    const family = bare.slice(0, comma).trim();
    const given = bare.slice(comma + 1).trim();
    return given ? { family, given } : { literal: family };
  }
  const words = bare.split(' ').filter(Boolean);
  if (words.length < 2 || PATRONYMIC.test(` ${bare} `)) return { literal: bare };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has((words[start - 1] ?? '').toLowerCase())) start--;
  // The particle stays in the family name: RIS and BibTeX have no field of
  // their own for it, and "van der Berg, J." is how every style prints it.
  return { family: words.slice(start).join(' '), given: words.slice(0, start).join(' ') };
}

export interface CslItem {
  id: string;
  type: 'report';
  title: string;
  author: CslName[];
  issued: { 'date-parts': number[][] };
  publisher: string;
  'collection-title': string;
  'collection-number'?: string;
  number?: string;
  genre?: string;
  URL: string;
  DOI?: string;
  abstract?: string;
}

/** The CSL-JSON item (CSL 1.0.2 `report`) every format starts from. */
export function cslItem(source: CitationSource): CslItem {
  const date = parseStoredDate(source.date);
  return {
    id: source.code ? source.code.toLowerCase() : source.id,
    type: 'report',
    title: source.title,
    author: source.authorNames.map(splitName),
    issued: { 'date-parts': [date.day === undefined ? [date.year, date.month] : [date.year, date.month, date.day]] },
    publisher: source.publisher,
    'collection-title': source.seriesName,
    ...(source.code ? { number: source.code } : {}),
    URL: source.url,
    ...(source.doi ? { DOI: source.doi } : {}),
    ...(source.synopsis ? { abstract: source.synopsis } : {}),
  };
}
