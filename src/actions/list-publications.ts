import { z } from 'zod';
import type { PublicationSummary } from '../domain/publication.js';
import type { ActionContext } from './action-context.js';
import { parseInput } from './parse-input.js';
import { resolvePerson, resolveSeries, resolveTerm, resolveUnit } from './resolve-references.js';
import { listedStatuses } from './visibility.js';

export const MAX_PAGE_SIZE = 100;

const listInput = z.object({
  series: z.string().trim().min(1).optional(),
  /** Term references (`theme:maritime-security` or ids); every one must match. */
  terms: z.array(z.string().trim().min(1)).max(10).default([]),
  unit: z.string().trim().min(1).optional(),
  author: z.string().trim().min(1).optional(),
  code: z.string().trim().min(1).max(40).optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  isFeatured: z.boolean().optional(),
  excludeIds: z.array(z.string()).max(50).default([]),
  page: z.number().int().min(1, 'must be 1 or more').default(1),
  pageSize: z.number().int().min(1, 'must be 1 or more').max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`).default(20),
});

export type ListPublicationsInput = z.input<typeof listInput>;

export interface PublicationPage {
  items: PublicationSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/** Public listing of publications, newest first, filtered by any combination of references. */
export async function listPublications(ctx: ActionContext, input: ListPublicationsInput): Promise<PublicationPage> {
  const data = parseInput(listInput, input);
  const { store } = ctx;
  const [series, terms, unit, person] = await Promise.all([
    data.series ? resolveSeries(store, data.series) : undefined,
    Promise.all(data.terms.map((ref, i) => resolveTerm(store, ref, `terms.${i}`))),
    data.unit ? resolveUnit(store, data.unit, 'unit') : undefined,
    data.author ? resolvePerson(store, data.author, 'author') : undefined,
  ]);
  const { items, total } = await store.publications.list({
    statuses: listedStatuses(),
    ...(series ? { seriesIds: [series.id] } : {}),
    termIds: terms.map((t) => t.id),
    ...(unit ? { unitId: unit.id } : {}),
    ...(person ? { personId: person.id } : {}),
    ...(data.code ? { code: data.code } : {}),
    ...(data.year !== undefined ? { year: data.year } : {}),
    ...(data.isFeatured !== undefined ? { isFeatured: data.isFeatured } : {}),
    excludeIds: data.excludeIds,
    limit: data.pageSize,
    offset: (data.page - 1) * data.pageSize,
  });
  return { items, total, page: data.page, pageSize: data.pageSize };
}
