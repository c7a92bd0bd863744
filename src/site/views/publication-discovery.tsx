import type { FC } from 'hono/jsx';
import type { PublicationPageData } from '../../actions/get-publication-page.js';
import { doiUrl } from '../../domain/doi.js';
import { publicationPath } from '../../domain/publication.js';
import { citationSource } from '../../render/citations/citation-source.js';
import { formatCitations } from '../../render/citations/format-citations.js';
import { boundedMemo } from '../../render/bounded-memo.js';
import { listFigures, parseMarkdown } from '../../render/markdown/parse-markdown.js';
import { publicationHeadTags, publicationJsonLd, type PublicationMetaInput } from '../../render/metadata/publication-metadata.js';
import type { SiteView } from '../site-view.js';
import { FeedAlternateLinks, HeadTags, JsonLdScript, withoutLayoutTags } from './discovery-head.js';

/** The image of the first figure, for social cards; parsing a body is costly, so it is remembered per body. */
const firstFigureSrc = boundedMemo(2000, (body: string): string | null => listFigures(parseMarkdown(body))[0]?.src ?? null);

/** The metadata a publication page describes itself with. `pdfUrl` is filled once publications carry a PDF. */
export function publicationMeta(site: SiteView, data: PublicationPageData, pdfUrl: string | null = null): PublicationMetaInput {
  const { publication, reference } = data;
  return {
    baseUrl: site.baseUrl,
    settings: site.chrome.settings,
    publication,
    series: data.series,
    terms: [
      ...data.terms.flatMap((t) => {
        const taxonomy = reference.taxonomyById.get(t.taxonomyId);
        return taxonomy ? [{ name: t.name, path: `/${taxonomy.path}/${t.slug}` }] : [];
      }),
      ...data.units.map((u) => ({ name: u.name, path: `/research/${u.slug}` })),
    ],
    imageUrl: firstFigureSrc(publication.body),
    pdfUrl,
  };
}

/**
 * What a publication page adds to the head: OpenGraph article tags, the
 * Twitter card, Google Scholar's citation_* tags, JSON-LD (Report and
 * BreadcrumbList), the series' feeds and the Cite panel's stylesheet.
 */
export const PublicationHead: FC<{ site: SiteView; data: PublicationPageData; pdfUrl?: string | null }> = ({ site, data, pdfUrl }) => {
  const meta = publicationMeta(site, data, pdfUrl ?? null);
  return (
    <>
      <HeadTags tags={withoutLayoutTags(publicationHeadTags(meta))} />
      <JsonLdScript data={publicationJsonLd(meta)} />
      <FeedAlternateLinks scope={{ kind: 'series', slug: data.series.slug }} title={data.series.name} />
      <link rel="stylesheet" href={site.assets.citeCss} />
      <script src={site.assets.citeJs} defer></script>
    </>
  );
};

/** The DOI under the date, as a link that resolves it. */
export const PublicationDoi: FC<{ doi: string | null | undefined }> = ({ doi }) =>
  doi ? <p class="publication-doi">DOI: <a href={doiUrl(doi)}>{doiUrl(doi)}</a></p> : null;

/**
 * "Cite": the reference in APA, Chicago and Harvard, and the downloads
 * reference managers import. A <details> element, so it opens without
 * JavaScript; cite.js adds copy buttons where the clipboard is available.
 */
export const CitePanel: FC<{ site: SiteView; data: PublicationPageData }> = ({ site, data }) => {
  const { publication, series } = data;
  const source = citationSource(publication, series, site.chrome.settings.name, site.baseUrl);
  const base = `${publicationPath(series.slug, publication)}/cite`;
  return (
    <details class="cite-panel">
      <summary>Cite this publication</summary>
      <div class="cite-body">
        <dl class="cite-styles">
          {formatCitations(source).map((c) => (
            <div class="cite-style" data-cite-style={c.style}>
              <dt>{c.label}</dt>
              <dd><p class="cite-text" dangerouslySetInnerHTML={{ __html: c.html }} /></dd>
            </div>
          ))}
        </dl>
        <p class="cite-downloads">
          Download the reference:{' '}
          <a href={`${base}.bib`} download="">BibTeX</a>{' · '}
          <a href={`${base}.ris`} download="">RIS</a>{' · '}
          <a href={`${base}.json`} download="">CSL-JSON</a>
        </p>
      </div>
    </details>
  );
};
