import { invalidField } from './errors.js';

/**
 * A DOI as Crossref assigns them: `10.` + a registrant code of 4–9 digits
 * (with optional `.sub` parts) + `/` + a suffix without spaces
 * (https://www.crossref.org/blog/dois-and-matching-regular-expressions/).
 * Pasted forms (`https://doi.org/...`, `doi:...`) are reduced to the DOI.
 */
const DOI = /^10\.\d{4,9}(\.\d+)*\/\S+$/;

export function normalizeDoi(value: string, field = 'doi'): string | null {
  const trimmed = value.trim().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '');
  if (trimmed === '') return null;
  if (!DOI.test(trimmed) || trimmed.length > 200) {
    throw invalidField(field, `"${value.trim()}" is not a DOI; a DOI looks like 10.1234/abc-123`);
  }
  return trimmed;
}

export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}
