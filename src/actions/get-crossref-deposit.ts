import { invalid, invalidField, notFound } from '../domain/errors.js';
import { requirePermission } from '../domain/permissions.js';
import type { PublicationSummary } from '../domain/publication.js';
import type { Series } from '../domain/series.js';
import type { SiteSettings } from '../domain/site-settings.js';
import type { ActionContext } from './action-context.js';
import { loadReferenceData } from './reference-data.js';
import { viewableStatuses } from './visibility.js';

export interface CrossrefDepositData {
  /** Public publications that carry a DOI, oldest first. */
  items: { publication: PublicationSummary & { doi: string }; series: Series }[];
  settings: SiteSettings;
}

const PAGE = 500;

/**
 * What a Crossref deposit registers: one publication (by code) or every
 * public publication of a series that has a DOI. A DOI is set first (see
 * setPublicationDoi); an item without one cannot be registered, and saying
 * so is more useful than a deposit Crossref would reject.
 */
export async function getCrossrefDeposit(ctx: ActionContext, input: { code?: string; series?: string }): Promise<CrossrefDepositData> {
  requirePermission(ctx.user, 'content.publish');
  if (Boolean(input.code) === Boolean(input.series)) {
    throw invalid([{ field: 'code', message: 'name one publication code or one series, not both or neither' }]);
  }
  const { store } = ctx;
  const [reference, settings] = await Promise.all([loadReferenceData(store), store.settings.get()]);
  const statuses = viewableStatuses(null);

  if (input.code) {
    const publication = await store.publications.findByCode(input.code);
    if (!publication || !statuses.includes(publication.status)) throw notFound(`Publication ${input.code}`);
    const series = reference.seriesById.get(publication.seriesId);
    if (!series) throw notFound(`Series of ${input.code}`);
    if (!publication.doi) throw invalidField('code', `${publication.code ?? input.code} has no DOI yet; set its DOI before depositing it`);
    return { items: [{ publication: { ...publication, doi: publication.doi }, series }], settings };
  }

  const series = reference.series.find((s) => s.slug === input.series);
  if (!series) throw invalidField('series', `no series "${input.series}"`);
  const items: CrossrefDepositData['items'] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.publications.list({ seriesIds: [series.id], statuses, sort: 'date_asc', limit: PAGE, offset });
    for (const p of page.items) if (p.doi) items.push({ publication: { ...p, doi: p.doi }, series });
    if (page.items.length < PAGE) break;
  }
  if (items.length === 0) throw invalidField('series', `no publication of ${series.name} has a DOI yet`);
  return { items, settings };
}
