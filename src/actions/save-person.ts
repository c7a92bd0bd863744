import { z } from 'zod';
import { tags } from '../domain/change-tags.js';
import { conflict, invalidField, notFound } from '../domain/errors.js';
import { newId } from '../domain/ids.js';
import { requirePermission } from '../domain/permissions.js';
import { slugify } from '../domain/slug.js';
import type { PersonRecord } from '../store/repositories/person-repository.js';
import type { Store } from '../store/store.js';
import { isoNow, type ActionContext } from './action-context.js';
import { definedOnly, patchOf, requiredText, slugField } from './input-fields.js';
import { parseInput } from './parse-input.js';
import { syncSearchIndex } from './sync-search-index.js';
import { quoted, recordAudit } from './record-audit.js';
import { resolveAll, resolveUnit } from './resolve-references.js';

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

const fields = {
  name: requiredText(200),
  slug: slugField,
  honorific: text(40),
  rank: text(200),
  /** Directory group id or slug. */
  group: z.string().trim().min(1).nullable(),
  bio: z.string().max(50_000),
  photo: z.string().trim().max(500).nullable(),
  email: z.email('must be a valid email address').nullable(),
  expertise: z.array(z.string().trim().min(1).max(100)).max(30),
  links: z.array(z.object({ label: requiredText(100), url: z.url('must be a full URL') })).max(20),
  /** Unit ids or slugs. */
  units: z.array(z.string().trim().min(1)).max(20),
  position: z.number().int(),
};

const createInput = z.object({
  ...fields,
  slug: fields.slug.optional(),
  honorific: fields.honorific.default(''),
  rank: fields.rank.default(''),
  group: fields.group.default(null),
  bio: fields.bio.default(''),
  photo: fields.photo.default(null),
  email: fields.email.default(null),
  expertise: fields.expertise.default([]),
  links: fields.links.default([]),
  units: fields.units.default([]),
  position: fields.position.default(0),
});

const updateInput = z.object({
  id: z.string().min(1),
  ...patchOf(fields),
  /** The `updatedAt` the edit started from; when the stored one moved on, the save is refused as stale. */
  expectedUpdatedAt: z.string().min(1).optional(),
});

export type SavePersonInput = z.input<typeof createInput> | z.input<typeof updateInput>;

/**
 * Create a staff profile, or change the given fields of one when `id` is
 * given (fields left out keep their value). A rename reaches every page that
 * prints the name: bylines read the person's current name.
 */
export async function savePerson(ctx: ActionContext, input: SavePersonInput): Promise<PersonRecord> {
  const actor = requirePermission(ctx.user, 'structure.edit');
  const isUpdate = 'id' in input && input.id !== undefined;
  const patch = isUpdate ? parseInput(updateInput, input) : undefined;
  const created = isUpdate ? undefined : parseInput(createInput, input);
  const now = isoNow(ctx);
  const person = await ctx.store.transaction(async (tx) => {
    const existing = patch ? await tx.people.findById(patch.id) : undefined;
    if (patch && !existing) throw notFound(`Person ${patch.id}`);
    if (patch?.expectedUpdatedAt && existing && existing.updatedAt !== patch.expectedUpdatedAt) {
      throw conflict('This profile was changed by someone else after you opened it; your changes were not saved', { updatedAt: existing.updatedAt });
    }
    const data = existing && patch ? { ...asInput(existing), ...definedOnly(patch) } : created!;
    const slug = data.slug ?? slugify(data.name);
    const sameSlug = await tx.people.findBySlug(slug);
    if (sameSlug && sameSlug.id !== existing?.id) throw invalidField('slug', `"${slug}" is already the profile of ${sameSlug.name}`);
    const units = await resolveAll(data.units, 'units', (ref, field) => resolveUnit(tx, ref, field));
    const record: PersonRecord = {
      id: existing?.id ?? newId(),
      slug,
      name: data.name,
      honorific: data.honorific,
      rank: data.rank,
      groupId: await resolveGroupId(tx, data.group),
      bio: data.bio,
      bioHtml: ctx.render.toHtml(data.bio),
      photo: data.photo,
      email: data.email,
      expertise: data.expertise,
      links: data.links,
      unitIds: units.map((u) => u.id),
      position: data.position,
      updatedAt: now,
    };
    if (existing) await tx.people.update(record);
    else await tx.people.insert(record, now);
    // Bylines are indexed under the current name.
    if (existing && existing.name !== record.name) await syncSearchIndex(ctx, tx, await tx.searchSources.listIdsByPerson(record.id));
    await recordAudit(tx, ctx, actor, {
      action: existing ? 'person.update' : 'person.create', entityKind: 'person', entityId: record.id,
      summary: `${existing ? 'Edited' : 'Created'} the profile of ${quoted(record.name)}`,
    });
    return record;
  });
  ctx.events.emit([tags.person(person.id), tags.peopleLists]);
  return person;
}

function asInput(p: PersonRecord) {
  return {
    name: p.name, slug: p.slug, honorific: p.honorific, rank: p.rank, group: p.groupId, bio: p.bio, photo: p.photo,
    email: p.email, expertise: p.expertise, links: p.links, units: p.unitIds, position: p.position,
  };
}

async function resolveGroupId(tx: Store, ref: string | null): Promise<string | null> {
  if (!ref) return null;
  const group = (await tx.people.listGroups()).find((g) => g.id === ref || g.slug === ref);
  if (!group) throw invalidField('group', `no directory group "${ref}"`);
  return group.id;
}
