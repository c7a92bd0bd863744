import type { FC } from 'hono/jsx';
import { formatDate } from '../../domain/publication-date.js';

/** "30 December 2024" with a machine-readable `datetime` (a month-precision date stays `2015-03`). */
export const PublicationDate: FC<{ date: string; class?: string }> = ({ date, class: className }) => (
  <time class={className} datetime={date}>{formatDate(date)}</time>
);
