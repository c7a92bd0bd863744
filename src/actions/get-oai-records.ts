import type { Publication, PublicationSummary } from '../domain/publication.js';
import type { Series } from '../domain/series.js';
import type { SiteSettings } from '../domain/site-settings.js';
import type { PublicationQuery } from '../store/repositories/publication-repository.js';
import type { ActionContext } from './action-context.js';
import { loadReferenceData, type ReferenceData } from './reference-data.js';
import { viewableStatuses } from './visibility.js';

/**
 * Reads behind the OAI-PMH endpoint. Harvestable records are the ones any
 * reader can open (published and archived); a record's datestamp is its last
 * change (`updatedAt`), and lists run in datestamp order so a harvest can
 * resume after the last record it received.
 */
function harvestable(): PublicationQuery['statuses'] {
  return viewableStatuses(null);
}

export interface OaiRepositoryInfo {
  settings: SiteSettings;
  series: Series[];
  /** The oldest datestamp of any record; null when there is none. */
  earliestChange: string | null;
}

export async function getOaiRepositoryInfo(ctx: ActionContext): Promise<OaiRepositoryInfo> {
  const [settings, series, oldest] = await Promise.all([
    ctx.store.settings.get(),
    ctx.store.series.list(),
    ctx.store.publications.list({ statuses: harvestable(), sort: 'updated_asc', limit: 1, offset: 0 }),
  ]);
  return { settings, series, earliestChange: oldest.items[0]?.updatedAt ?? null };
}

export interface HarvestQuery {
  /** Series slug (the OAI set). */
  set?: string;
  /** Inclusive lower bound of the last change (ISO-8601 UTC). */
  from?: string;
  /** Exclusive upper bound of the last change. */
  before?: string;
  /** Resume after this record. */
  after?: { updatedAt: string; id: string };
  limit: number;
}

export interface HarvestPage {
  items: PublicationSummary[];
  /** Records matching the query from the start of the list. */
  completeListSize: number;
  /** Records of the list before this page (the OAI `cursor`). */
  cursor: number;
  /** Are there records after this page? */
  hasMore: boolean;
  reference: ReferenceData;
  settings: SiteSettings;
}

/** One page of a harvest: records in (datestamp, id) order after `after`. */
export async function listOaiRecords(ctx: ActionContext, query: HarvestQuery): Promise<HarvestPage> {
  const { store } = ctx;
  const [reference, settings] = await Promise.all([loadReferenceData(store), store.settings.get()]);
  const series = query.set === undefined ? undefined : reference.series.find((s) => s.slug === query.set);
  const filter: PublicationQuery = {
    statuses: harvestable(),
    ...(query.set !== undefined ? { seriesIds: series ? [series.id] : [] } : {}),
    ...(query.from ? { updatedFrom: query.from } : {}),
    ...(query.before ? { updatedBefore: query.before } : {}),
    sort: 'updated_asc',
    limit: 0,
    offset: 0,
  };
  const [all, rest] = await Promise.all([
    store.publications.list(filter),
    store.publications.list({ ...filter, ...(query.after ? { after: query.after } : {}), limit: query.limit }),
  ]);
  return {
    items: rest.items,
    completeListSize: all.total,
    cursor: all.total - rest.total,
    hasMore: rest.total > rest.items.length,
    reference,
    settings,
  };
}

export interface OaiRecord {
  publication: Publication;
  reference: ReferenceData;
  settings: SiteSettings;
}

/** One harvestable record by publication id, or undefined. */
export async function findOaiRecord(ctx: ActionContext, id: string): Promise<OaiRecord | undefined> {
  const publication = await ctx.store.publications.findById(id);
  if (!publication || !harvestable()?.includes(publication.status)) return undefined;
  const [reference, settings] = await Promise.all([loadReferenceData(ctx.store), ctx.store.settings.get()]);
  return { publication, reference, settings };
}
