import { z } from 'zod';
import { tags } from '../domain/change-tags.js';
import { invalidField, notFound } from '../domain/errors.js';
import { newId } from '../domain/ids.js';
import { requirePermission } from '../domain/permissions.js';
import type { Series } from '../domain/series.js';
import { isoNow, type ActionContext } from './action-context.js';
import { definedOnly, patchOf, requiredText, slugField } from './input-fields.js';
import { parseInput } from './parse-input.js';
import { syncSearchIndex } from './sync-search-index.js';
import { quoted, recordAudit } from './record-audit.js';
import { resolveUnit } from './resolve-references.js';

const fields = {
  slug: slugField,
  name: requiredText(200),
  group: z.enum(['institute', 'external']),
  codePrefix: z.string().trim().regex(/^[A-Z]{0,6}$/, 'must be up to 6 capital letters').nullable(),
  numbering: z.enum(['yearly', 'running', 'none']),
  datePrecision: z.enum(['day', 'month']),
  /** Owning unit id or slug. */
  unit: z.string().trim().min(1).nullable(),
  description: z.string().trim().max(5000),
  position: z.number().int(),
};

const createInput = z.object({
  ...fields,
  group: fields.group.default('institute'),
  codePrefix: fields.codePrefix.default(null),
  numbering: fields.numbering.default('none'),
  datePrecision: fields.datePrecision.default('day'),
  unit: fields.unit.default(null),
  description: fields.description.default(''),
  position: fields.position.default(0),
});

const updateInput = z.object({ id: z.string().min(1), ...patchOf(fields) });

export type SaveSeriesInput = z.input<typeof createInput> | z.input<typeof updateInput>;

/** Create a series, or change the given fields of one when `id` is given. */
export async function saveSeries(ctx: ActionContext, input: SaveSeriesInput): Promise<Series> {
  const actor = requirePermission(ctx.user, 'structure.edit');
  const patch = 'id' in input && input.id !== undefined ? parseInput(updateInput, input) : undefined;
  const created = patch ? undefined : parseInput(createInput, input);
  const now = isoNow(ctx);
  const series = await ctx.store.transaction(async (tx) => {
    const existing = patch ? await tx.series.findById(patch.id) : undefined;
    if (patch && !existing) throw notFound(`Series ${patch.id}`);
    const data = existing && patch ? { ...asInput(existing), ...definedOnly(patch) } : created!;
    if (data.numbering === 'yearly' && !data.codePrefix) {
      throw invalidField('codePrefix', 'a series numbered per year needs a code prefix (e.g. "IP")');
    }
    const sameSlug = await tx.series.findBySlug(data.slug);
    if (sameSlug && sameSlug.id !== existing?.id) throw invalidField('slug', `"${data.slug}" is already the slug of ${sameSlug.name}`);
    const unit = data.unit ? await resolveUnit(tx, data.unit, 'unit') : null;
    const record: Series = {
      id: existing?.id ?? newId(),
      slug: data.slug,
      name: data.name,
      group: data.group,
      codePrefix: data.codePrefix,
      numbering: data.numbering,
      datePrecision: data.datePrecision,
      unitId: unit?.id ?? null,
      description: data.description,
      position: data.position,
    };
    if (existing) await tx.series.update(record, now);
    else await tx.series.insert(record, now);
    if (existing && existing.name !== record.name) await syncSearchIndex(ctx, tx, await tx.searchSources.listIdsBySeries(record.id));
    await recordAudit(tx, ctx, actor, {
      action: existing ? 'series.update' : 'series.create', entityKind: 'series', entityId: record.id,
      summary: `${existing ? 'Edited' : 'Created'} series ${quoted(record.name)}`,
    });
    return record;
  });
  ctx.events.emit([tags.series(series.id), tags.publicationLists]);
  return series;
}

function asInput(s: Series) {
  return {
    slug: s.slug, name: s.name, group: s.group, codePrefix: s.codePrefix, numbering: s.numbering,
    datePrecision: s.datePrecision, unit: s.unitId, description: s.description, position: s.position,
  };
}
