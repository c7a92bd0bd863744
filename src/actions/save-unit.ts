import { z } from 'zod';
import { tags } from '../domain/change-tags.js';
import { invalidField, notFound } from '../domain/errors.js';
import { newId } from '../domain/ids.js';
import { requirePermission } from '../domain/permissions.js';
import type { UnitRecord } from '../store/repositories/unit-repository.js';
import { isoNow, type ActionContext } from './action-context.js';
import { definedOnly, patchOf, requiredText, slugField } from './input-fields.js';
import { parseInput } from './parse-input.js';
import { syncSearchIndex } from './sync-search-index.js';
import { quoted, recordAudit } from './record-audit.js';
import { resolveUnit } from './resolve-references.js';

const year = z.number().int().min(1900).max(2200).nullable();

const fields = {
  slug: slugField,
  acronym: z.string().trim().max(30),
  name: requiredText(200),
  kind: z.enum(['centre', 'programme', 'other']),
  /** Parent unit id or slug. */
  parent: z.string().trim().min(1).nullable(),
  activeFrom: year,
  activeTo: year,
  description: z.string().max(50_000),
  position: z.number().int(),
};

const createInput = z.object({
  ...fields,
  acronym: fields.acronym.default(''),
  parent: fields.parent.default(null),
  activeFrom: year.default(null),
  activeTo: year.default(null),
  description: fields.description.default(''),
  position: fields.position.default(0),
});

const updateInput = z.object({ id: z.string().min(1), ...patchOf(fields) });

export type SaveUnitInput = z.input<typeof createInput> | z.input<typeof updateInput>;

/** Create a research centre or programme, or change the given fields of one when `id` is given. */
export async function saveUnit(ctx: ActionContext, input: SaveUnitInput): Promise<UnitRecord> {
  const actor = requirePermission(ctx.user, 'structure.edit');
  const patch = 'id' in input && input.id !== undefined ? parseInput(updateInput, input) : undefined;
  const created = patch ? undefined : parseInput(createInput, input);
  const now = isoNow(ctx);
  const unit = await ctx.store.transaction(async (tx) => {
    const existing = patch ? await tx.units.findById(patch.id) : undefined;
    if (patch && !existing) throw notFound(`Unit ${patch.id}`);
    const data = existing && patch ? { ...asInput(existing), ...definedOnly(patch) } : created!;
    if (data.activeFrom !== null && data.activeTo !== null && data.activeTo < data.activeFrom) {
      throw invalidField('activeTo', `ends (${data.activeTo}) before it starts (${data.activeFrom})`);
    }
    const sameSlug = await tx.units.findBySlug(data.slug);
    if (sameSlug && sameSlug.id !== existing?.id) throw invalidField('slug', `"${data.slug}" is already the slug of ${sameSlug.name}`);
    const parent = data.parent ? await resolveUnit(tx, data.parent, 'parent') : null;
    const id = existing?.id ?? newId();
    if (parent?.id === id) throw invalidField('parent', 'a unit cannot be its own parent');
    const record: UnitRecord = {
      id,
      slug: data.slug,
      acronym: data.acronym,
      name: data.name,
      kind: data.kind,
      parentId: parent?.id ?? null,
      activeFrom: data.activeFrom,
      activeTo: data.activeTo,
      description: data.description,
      descriptionHtml: ctx.render.toHtml(data.description),
      position: data.position,
    };
    if (existing) await tx.units.update(record, now);
    else await tx.units.insert(record, now);
    if (existing && (existing.name !== record.name || existing.acronym !== record.acronym)) {
      await syncSearchIndex(ctx, tx, await tx.searchSources.listIdsByUnit(record.id));
    }
    await recordAudit(tx, ctx, actor, {
      action: existing ? 'unit.update' : 'unit.create', entityKind: 'unit', entityId: record.id,
      summary: `${existing ? 'Edited' : 'Created'} ${record.kind} ${quoted(record.name)}`,
    });
    return record;
  });
  ctx.events.emit([tags.unit(unit.id), tags.unitLists]);
  return unit;
}

function asInput(u: UnitRecord) {
  return {
    slug: u.slug, acronym: u.acronym, name: u.name, kind: u.kind, parent: u.parentId, activeFrom: u.activeFrom,
    activeTo: u.activeTo, description: u.description, position: u.position,
  };
}
