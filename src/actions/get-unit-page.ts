import { notFound } from '../domain/errors.js';
import type { Series } from '../domain/series.js';
import type { PersonRecord } from '../store/repositories/person-repository.js';
import type { UnitRecord } from '../store/repositories/unit-repository.js';
import type { ActionContext } from './action-context.js';
import { listPublications, type PublicationPage } from './list-publications.js';
import { loadReferenceData, type ReferenceData } from './reference-data.js';

export interface UnitPage {
  unit: UnitRecord;
  parent: UnitRecord | null;
  children: UnitRecord[];
  people: PersonRecord[];
  series: Series[];
  publications: PublicationPage;
  reference: ReferenceData;
}

/** A research centre or programme with its people, its series and its publications. */
export async function getUnitPage(ctx: ActionContext, input: { slug: string; page?: number }): Promise<UnitPage> {
  const reference = await loadReferenceData(ctx.store);
  const unit = reference.units.find((u) => u.slug === input.slug);
  if (!unit) throw notFound(`Unit ${input.slug}`);
  const [people, publications] = await Promise.all([
    ctx.store.people.list({ unitId: unit.id }),
    listPublications(ctx, { unit: unit.id, page: input.page ?? 1, pageSize: 10 }),
  ]);
  return {
    unit,
    parent: unit.parentId ? reference.unitById.get(unit.parentId) ?? null : null,
    children: reference.units.filter((u) => u.parentId === unit.id),
    people,
    series: reference.series.filter((s) => s.unitId === unit.id),
    publications,
    reference,
  };
}
