import { publicationPath, type PublicationSummary } from '../../domain/publication.js';
import type { Series } from '../../domain/series.js';
import { element, type MetadataFormat } from './oai-xml.js';

export const OAI_DC: MetadataFormat = {
  prefix: 'oai_dc',
  schema: 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd',
  namespace: 'http://www.openarchives.org/OAI/2.0/oai_dc/',
};

export interface DcSource {
  publication: Pick<PublicationSummary, 'title' | 'authors' | 'synopsis' | 'date' | 'code' | 'slug'> & { doi?: string | null };
  series: Pick<Series, 'name' | 'slug'>;
  /** Theme and region names. */
  subjects: string[];
  publisher: string;
  baseUrl: string;
}

/**
 * Simple Dublin Core (oai_dc, OAI-PMH 2.0 section 6.2) for a publication:
 * one dc:creator per author in byline order, the page URL, the code and the
 * DOI as identifiers, the series as the relation it is part of.
 */
export function oaiDcXml(source: DcSource): string {
  const { publication: p } = source;
  const dc = (name: string, value: string) => (value ? element(`dc:${name}`, value) : '');
  return [
    `<oai_dc:dc xmlns:oai_dc="${OAI_DC.namespace}" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${OAI_DC.namespace} ${OAI_DC.schema}">`,
    dc('title', p.title),
    ...p.authors.map((a) => dc('creator', a.name)),
    ...source.subjects.map((s) => dc('subject', s)),
    dc('description', p.synopsis),
    dc('publisher', source.publisher),
    dc('date', p.date),
    dc('type', 'Text'),
    dc('format', 'text/html'),
    dc('identifier', `${source.baseUrl}${publicationPath(source.series.slug, p)}`),
    ...(p.code ? [dc('identifier', p.code)] : []),
    ...(p.doi ? [dc('identifier', `https://doi.org/${p.doi}`)] : []),
    dc('language', 'en'),
    dc('relation', source.series.name),
    '</oai_dc:dc>',
  ].filter(Boolean).join('');
}
