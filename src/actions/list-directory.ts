import { notFound } from '../domain/errors.js';
import type { DirectoryGroup } from '../domain/person.js';
import type { PersonRecord } from '../store/repositories/person-repository.js';
import type { ActionContext } from './action-context.js';
import { loadReferenceData, type ReferenceData } from './reference-data.js';

export interface DirectorySection {
  group: DirectoryGroup;
  people: PersonRecord[];
}

export interface Directory {
  sections: DirectorySection[];
  /** Set when one group was asked for. */
  group: DirectoryGroup | null;
  reference: ReferenceData;
}

/** The staff directory, grouped by office in the institute's order; or one group of it. */
export async function listDirectory(ctx: ActionContext, input: { groupSlug?: string } = {}): Promise<Directory> {
  const reference = await loadReferenceData(ctx.store);
  const group = input.groupSlug ? reference.groups.find((g) => g.slug === input.groupSlug) : undefined;
  if (input.groupSlug && !group) throw notFound(`Directory group ${input.groupSlug}`);
  const people = await ctx.store.people.list(group ? { groupId: group.id } : {});
  const groups = group ? [group] : reference.groups;
  const sections = groups
    .map((g) => ({ group: g, people: people.filter((p) => p.groupId === g.id) }))
    .filter((s) => s.people.length > 0 || group !== undefined);
  return { sections, group: group ?? null, reference };
}
