import { z } from 'zod';
import { requirePermission } from '../domain/permissions.js';
import type { Term } from '../domain/taxonomy.js';
import { isoNow, type ActionContext } from './action-context.js';
import { contentHash, findOrCreateTerm } from './import-references.js';
import { parseInput } from './parse-input.js';

const importInput = z.object({
  source: z.string().trim().min(1).max(40),
  key: z.string().trim().min(1).max(2000),
  /** Taxonomy slug or id. */
  taxonomy: z.string().trim().min(1),
  name: z.string().trim().min(1, 'must not be empty').max(200),
  data: z.record(z.string(), z.unknown()).default({}),
});

export interface ImportTermOutcome {
  outcome: 'created' | 'unchanged';
  reason: string;
  term: Term;
}

/** A category of an old site as a term: the term of that name, or a new one marked for review. */
export async function importTerm(ctx: ActionContext, input: z.input<typeof importInput>): Promise<ImportTermOutcome> {
  requirePermission(ctx.user, 'structure.edit');
  const { source, key, data, ...ref } = parseInput(importInput, input);
  return ctx.store.transaction(async (tx) => {
    const record = await tx.importItems.find(source, key);
    const known = record?.entityId ? await tx.taxonomies.findTermById(record.entityId) : undefined;
    if (known) return { outcome: 'unchanged', reason: 'imported before', term: known };
    const { term, isNew } = await findOrCreateTerm({ ...ctx, store: tx }, tx, ref, 'term');
    await tx.importItems.upsert({
      source, key, entityKind: 'term', entityId: term.id, contentHash: contentHash(ref), entityRevision: null, data, importedAt: isoNow(ctx),
    });
    return isNew
      ? { outcome: 'created', reason: 'not in the site\'s vocabularies; created, to review', term }
      : { outcome: 'unchanged', reason: `matched the ${ref.taxonomy} term "${term.name}"`, term };
  });
}
