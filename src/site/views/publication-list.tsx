import type { FC } from 'hono/jsx';
import { displayTitle, publicationPath, type PublicationSummary } from '../../domain/publication.js';
import type { Series } from '../../domain/series.js';
import { InlineAuthors } from './byline.js';
import { PublicationDate } from './publication-date.js';

export interface PublicationListProps {
  items: PublicationSummary[];
  seriesById: Map<string, Series>;
  /** Heading level of each title, after the heading of the list itself. */
  headingLevel?: 2 | 3;
  /** Print the series above each title (off on a series' own page). */
  showsSeries?: boolean;
  showsSynopsis?: boolean;
  emptyText?: string;
  /** `grid` lays the items out as cards in columns (home page). */
  variant?: 'list' | 'grid';
}

const SYNOPSIS_LENGTH = 240;

/** Cut a synopsis at a word boundary so listings stay scannable. */
export function shorten(text: string, length = SYNOPSIS_LENGTH): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length / 2)).replace(/[\s,;:.–—-]+$/, '')}…`;
}

export function hrefOf(item: PublicationSummary, seriesById: Map<string, Series>): string {
  const series = seriesById.get(item.seriesId);
  return series ? publicationPath(series.slug, item) : '#';
}

/** A listing of publications: series, title, authors, date and (optionally) the synopsis. */
export const PublicationList: FC<PublicationListProps> = (props) => {
  const { items, seriesById, headingLevel = 2, showsSeries = true, showsSynopsis = true, emptyText, variant = 'list' } = props;
  if (items.length === 0) return <p class="empty-note">{emptyText ?? 'Nothing has been published here yet.'}</p>;
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol class={variant === 'grid' ? 'publication-list publication-grid' : 'publication-list'}>
      {items.map((item) => {
        const series = seriesById.get(item.seriesId);
        return (
          <li class="publication-item">
            {showsSeries && series ? <p class="item-kicker"><a href={`/publications/${series.slug}`}>{series.name}</a></p> : null}
            <Title class="item-title"><a href={hrefOf(item, seriesById)}>{displayTitle(item)}</a></Title>
            <p class="item-meta">
              {item.authors.length > 0 ? <><InlineAuthors authors={item.authors} /><span class="meta-separator" aria-hidden="true"> · </span></> : null}
              <PublicationDate date={item.date} />
            </p>
            {showsSynopsis && item.synopsis ? <p class="item-synopsis">{shorten(item.synopsis, variant === 'grid' ? 170 : undefined)}</p> : null}
          </li>
        );
      })}
    </ol>
  );
};

/** Titles and dates only: the "More from ..." lists beside a publication. */
export const TitleList: FC<{ items: PublicationSummary[]; seriesById: Map<string, Series> }> = ({ items, seriesById }) => (
  <ul class="title-list">
    {items.map((item) => (
      <li>
        <a href={hrefOf(item, seriesById)}>{displayTitle(item)}</a>
        <PublicationDate class="title-list-date" date={item.date} />
      </li>
    ))}
  </ul>
);
