import type { Publication } from '../../domain/publication.js';
import { formatDate, withPrecision } from '../../domain/publication-date.js';
import { displayCode, type Series } from '../../domain/series.js';
import type { SiteSettings } from '../../domain/site-settings.js';
import type { PdfCategoryGroup, PdfInput } from './pdf-input.js';

export interface PublicationPdfSource {
  publication: Pick<Publication, 'title' | 'code' | 'sequence' | 'date' | 'synopsis' | 'body' | 'bio' | 'authors'>;
  series: Pick<Series, 'name' | 'numbering' | 'datePrecision'>;
  settings: Pick<SiteSettings, 'name' | 'parentOrganisation' | 'copyrightHolder' | 'accentColor' | 'logoPath'>;
  /** Grouped as the page prints them: Series, Themes, Regions. */
  categories: PdfCategoryGroup[];
  /** The publication's public URL, printed in the footer. */
  canonicalUrl: string;
  /** The file on disk for a media path such as `/files/demo/x.jpg` (figures and the logo), or null. */
  resolveMedia: (src: string) => string | null | undefined;
  /** What the header band calls the series, when it is not the series' name. */
  seriesLabel?: string;
}

/**
 * The PDF input of a publication as the site shows it: the code as the series
 * prints it ("IP24112", "No. 248"), the date at the series' precision
 * ("30 December 2024", "March 2015"), the institute's name, parent, accent
 * and logo from the site settings.
 */
export function pdfInputFromPublication(source: PublicationPdfSource): PdfInput {
  const { publication, series, settings } = source;
  const date = withPrecision(publication.date, series.datePrecision);
  return {
    title: publication.title,
    seriesName: series.name,
    seriesLabel: source.seriesLabel,
    code: displayCode(series, publication.code, publication.sequence),
    authors: publication.authors.map((author) => author.name),
    dateText: formatDate(date),
    date,
    synopsis: publication.synopsis,
    bodyMarkdown: publication.body,
    bioMarkdown: publication.bio,
    categories: source.categories,
    canonicalUrl: source.canonicalUrl,
    institute: {
      name: settings.name,
      tagline: settings.parentOrganisation,
      copyrightHolder: settings.copyrightHolder,
      accentColor: settings.accentColor,
      logoPath: settings.logoPath ? resolveQuietly(source, settings.logoPath) : null,
    },
    resolveMedia: source.resolveMedia,
  };
}

/** A logo that cannot be found leaves the band with the institute's name alone. */
function resolveQuietly(source: PublicationPdfSource, src: string): string | null {
  try {
    return source.resolveMedia(src) ?? null;
  } catch {
    return null;
  }
}
