import { notFound } from '../domain/errors.js';
import type { DirectoryGroup } from '../domain/person.js';
import type { PersonRecord } from '../store/repositories/person-repository.js';
import type { UnitRecord } from '../store/repositories/unit-repository.js';
import type { ActionContext } from './action-context.js';
import { listPublications, type PublicationPage } from './list-publications.js';
import { loadReferenceData, type ReferenceData } from './reference-data.js';

export interface PersonProfile {
  person: PersonRecord;
  group: DirectoryGroup | null;
  units: UnitRecord[];
  publications: PublicationPage;
  reference: ReferenceData;
}

/** A staff profile with the publications that name the person, newest first. */
export async function getPersonProfile(ctx: ActionContext, input: { slug: string; page?: number }): Promise<PersonProfile> {
  const person = await ctx.store.people.findBySlug(input.slug);
  if (!person) throw notFound(`Profile ${input.slug}`);
  const [reference, publications] = await Promise.all([
    loadReferenceData(ctx.store),
    listPublications(ctx, { author: person.id, page: input.page ?? 1, pageSize: 10 }),
  ]);
  return {
    person,
    group: reference.groups.find((g) => g.id === person.groupId) ?? null,
    units: person.unitIds.map((id) => reference.unitById.get(id)).filter((u): u is UnitRecord => u !== undefined),
    publications,
    reference,
  };
}
