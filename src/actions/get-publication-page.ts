import { notFound } from '../domain/errors.js';
import { publicationHandle, type Publication, type PublicationSummary } from '../domain/publication.js';
import { matchesCode, type Series } from '../domain/series.js';
import type { Term } from '../domain/taxonomy.js';
import type { PersonRecord } from '../store/repositories/person-repository.js';
import type { UnitRecord } from '../store/repositories/unit-repository.js';
import type { ActionContext } from './action-context.js';
import { loadReferenceData, type ReferenceData } from './reference-data.js';
import { listedStatuses, viewableStatuses } from './visibility.js';

export interface PublicationPageData {
  publication: Publication;
  series: Series;
  terms: Term[];
  units: UnitRecord[];
  /** Profiles of the authors who are people of the institute, in byline order. */
  people: PersonRecord[];
  moreInSeries: PublicationSummary[];
  moreByAuthors: PublicationSummary[];
  reference: ReferenceData;
}

export type PublicationLookup =
  | { kind: 'found'; data: PublicationPageData }
  | { kind: 'moved'; seriesSlug: string; handle: string };

const RELATED_COUNT = 4;

/**
 * Resolve `/publications/{series}/{handle}`. The code in the handle is
 * authoritative: `ip24112`, an outdated slug or a former series all lead to
 * the canonical address (`moved`), so links never break when a title changes.
 */
export async function getPublicationPage(ctx: ActionContext, input: { seriesSlug: string; handle: string }): Promise<PublicationLookup> {
  const { store } = ctx;
  const reference = await loadReferenceData(store);
  const series = reference.series.find((s) => s.slug === input.seriesSlug);
  const handle = input.handle.toLowerCase();
  const leading = handle.split('-')[0] ?? '';
  let publication: Publication | undefined;
  const codeSeries = series && matchesCode(series, leading) ? series : reference.series.find((s) => matchesCode(s, leading));
  if (codeSeries) publication = await store.publications.findByCode(leading);
  if (!publication && series) publication = await store.publications.findBySlug(series.id, handle);
  if (!publication || !viewableStatuses(ctx.user).includes(publication.status)) throw notFound(`Publication ${input.handle}`);

  const home = reference.seriesById.get(publication.seriesId);
  if (!home) throw notFound(`Series of ${input.handle}`);
  const canonical = publicationHandle(publication);
  if (home.slug !== input.seriesSlug || canonical !== input.handle) {
    return { kind: 'moved', seriesSlug: home.slug, handle: canonical };
  }

  const personIds = publication.authors.map((a) => a.personId).filter((id): id is string => id !== null);
  const [people, moreInSeries, moreByAuthors] = await Promise.all([
    personIds.length ? store.people.list({ ids: personIds }) : Promise.resolve([]),
    store.publications.list({
      seriesIds: [home.id], statuses: listedStatuses(), excludeIds: [publication.id], limit: RELATED_COUNT, offset: 0,
    }),
    personIds[0]
      ? store.publications.list({
        personId: personIds[0], statuses: listedStatuses(), excludeIds: [publication.id], limit: RELATED_COUNT, offset: 0,
      })
      : Promise.resolve({ items: [], total: 0 }),
  ]);
  const byId = new Map(people.map((p) => [p.id, p]));
  return {
    kind: 'found',
    data: {
      publication,
      series: home,
      terms: publication.termIds.map((id) => reference.termById.get(id)).filter((t): t is Term => t !== undefined),
      units: publication.unitIds.map((id) => reference.unitById.get(id)).filter((u): u is UnitRecord => u !== undefined),
      people: personIds.map((id) => byId.get(id)).filter((p): p is PersonRecord => p !== undefined),
      moreInSeries: moreInSeries.items,
      moreByAuthors: moreByAuthors.items,
      reference,
    },
  };
}
