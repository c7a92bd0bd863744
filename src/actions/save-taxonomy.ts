import { z } from 'zod';
import { tags } from '../domain/change-tags.js';
import { invalidField, notFound } from '../domain/errors.js';
import { newId } from '../domain/ids.js';
import { requirePermission } from '../domain/permissions.js';
import { slugify } from '../domain/slug.js';
import type { Taxonomy, Term } from '../domain/taxonomy.js';
import { isoNow, type ActionContext } from './action-context.js';
import { definedOnly, patchOf, requiredText, slugField } from './input-fields.js';
import { parseInput } from './parse-input.js';
import { syncSearchIndex } from './sync-search-index.js';
import { quoted, recordAudit } from './record-audit.js';

const taxonomyInput = z.object({
  slug: slugField,
  name: requiredText(100),
  path: slugField,
  position: z.number().int().default(0),
});

/** Add a vocabulary (themes, regions). */
export async function createTaxonomy(ctx: ActionContext, input: z.input<typeof taxonomyInput>): Promise<Taxonomy> {
  const actor = requirePermission(ctx.user, 'structure.edit');
  const data = parseInput(taxonomyInput, input);
  if (await ctx.store.taxonomies.findTaxonomy(data.slug)) throw invalidField('slug', `a taxonomy "${data.slug}" already exists`);
  if (await ctx.store.taxonomies.findTaxonomyByPath(data.path)) throw invalidField('path', `the path "${data.path}" is taken`);
  const taxonomy: Taxonomy = { id: newId(), ...data };
  await ctx.store.transaction(async (tx) => {
    await tx.taxonomies.insertTaxonomy(taxonomy);
    await recordAudit(tx, ctx, actor, {
      action: 'taxonomy.create', entityKind: 'taxonomy', entityId: taxonomy.id, summary: `Created taxonomy ${quoted(taxonomy.name)} at /${taxonomy.path}`,
    });
  });
  ctx.events.emit([tags.chrome]);
  return taxonomy;
}

const termFields = {
  /** Taxonomy id or slug. */
  taxonomy: z.string().trim().min(1),
  name: requiredText(200),
  slug: slugField,
  description: z.string().trim().max(5000),
  position: z.number().int(),
  needsReview: z.boolean(),
};

const createTermInput = z.object({
  ...termFields,
  slug: termFields.slug.optional(),
  description: termFields.description.default(''),
  position: termFields.position.default(0),
  needsReview: termFields.needsReview.default(false),
});

const updateTermInput = z.object({ id: z.string().min(1), ...patchOf(termFields) });

export type SaveTermInput = z.input<typeof createTermInput> | z.input<typeof updateTermInput>;

/** Create a term in a taxonomy, or change the given fields of one when `id` is given. */
export async function saveTerm(ctx: ActionContext, input: SaveTermInput): Promise<Term> {
  const actor = requirePermission(ctx.user, 'structure.edit');
  const patch = 'id' in input && input.id !== undefined ? parseInput(updateTermInput, input) : undefined;
  const created = patch ? undefined : parseInput(createTermInput, input);
  const term = await ctx.store.transaction(async (tx) => {
    const existing = patch ? await tx.taxonomies.findTermById(patch.id) : undefined;
    if (patch && !existing) throw notFound(`Term ${patch.id}`);
    const data = existing && patch ? { ...termAsInput(existing), ...definedOnly(patch) } : created!;
    const taxonomy = (await tx.taxonomies.listTaxonomies()).find((t) => t.id === data.taxonomy || t.slug === data.taxonomy);
    if (!taxonomy) throw invalidField('taxonomy', `no taxonomy "${data.taxonomy}"`);
    const slug = data.slug ?? slugify(data.name);
    const sameSlug = await tx.taxonomies.findTerm(taxonomy.id, slug);
    if (sameSlug && sameSlug.id !== existing?.id) throw invalidField('slug', `"${slug}" is already a term of ${taxonomy.name}`);
    const record: Term = {
      id: existing?.id ?? newId(),
      taxonomyId: taxonomy.id,
      slug,
      name: data.name,
      description: data.description,
      position: data.position,
      needsReview: data.needsReview,
    };
    if (existing) await tx.taxonomies.updateTerm(record, isoNow(ctx));
    else await tx.taxonomies.insertTerm(record, isoNow(ctx));
    if (existing && existing.name !== record.name) await syncSearchIndex(ctx, tx, await tx.searchSources.listIdsByTerm(record.id));
    await recordAudit(tx, ctx, actor, {
      action: existing ? 'term.update' : 'term.create', entityKind: 'term', entityId: record.id,
      summary: `${existing ? 'Edited' : 'Created'} term ${quoted(record.name)} in ${taxonomy.name}`,
    });
    return record;
  });
  ctx.events.emit([tags.term(term.id), tags.termLists]);
  return term;
}

function termAsInput(t: Term) {
  return {
    taxonomy: t.taxonomyId, name: t.name, slug: t.slug, description: t.description,
    position: t.position, needsReview: t.needsReview,
  };
}
