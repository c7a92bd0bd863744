import type { PublicationSummary } from '../domain/publication.js';
import type { Series } from '../domain/series.js';
import type { ActionContext } from './action-context.js';
import { loadReferenceData, type ReferenceData } from './reference-data.js';
import { listedStatuses } from './visibility.js';

export interface HomePage {
  featured: PublicationSummary[];
  latest: PublicationSummary[];
  /** The newest items of each institute series that has any. */
  bySeries: { series: Series; items: PublicationSummary[] }[];
  reference: ReferenceData;
}

export async function getHomePage(ctx: ActionContext): Promise<HomePage> {
  const { store } = ctx;
  const reference = await loadReferenceData(store);
  const statuses = listedStatuses();
  const [featured, latest, ...perSeries] = await Promise.all([
    store.publications.list({ statuses, isFeatured: true, limit: 3, offset: 0 }),
    store.publications.list({ statuses, limit: 6, offset: 0 }),
    ...reference.series.filter((s) => s.group === 'institute')
      .map((s) => store.publications.list({ statuses, seriesIds: [s.id], limit: 3, offset: 0 })),
  ]);
  const institute = reference.series.filter((s) => s.group === 'institute');
  const bySeries = institute
    .map((series, i) => ({ series, items: perSeries[i]?.items ?? [] }))
    .filter((entry) => entry.items.length > 0);
  return { featured: featured.items, latest: latest.items, bySeries, reference };
}
