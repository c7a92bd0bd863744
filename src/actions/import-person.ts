import { z } from 'zod';
import { requirePermission } from '../domain/permissions.js';
import type { PersonRecord } from '../store/repositories/person-repository.js';
import { isoNow, type ActionContext } from './action-context.js';
import { contentHash, findOrCreatePerson } from './import-references.js';
import { parseInput } from './parse-input.js';

const importInput = z.object({
  source: z.string().trim().min(1).max(40),
  key: z.string().trim().min(1).max(2000),
  /** As the source prints it; honorifics are set apart and ignored when matching. */
  name: z.string().trim().min(1, 'must not be empty').max(200),
  honorific: z.string().trim().max(40).default(''),
  rank: z.string().trim().max(200).default(''),
  data: z.record(z.string(), z.unknown()).default({}),
});

export interface ImportPersonOutcome {
  outcome: 'created' | 'unchanged';
  reason: string;
  person: PersonRecord;
}

/**
 * An author of an old site as a person of the directory: the profile with
 * the same name (honorifics ignored) when there is one, else a new profile.
 * Profiles are never overwritten by an import.
 */
export async function importPerson(ctx: ActionContext, input: z.input<typeof importInput>): Promise<ImportPersonOutcome> {
  requirePermission(ctx.user, 'structure.edit');
  const { source, key, data, ...author } = parseInput(importInput, input);
  return ctx.store.transaction(async (tx) => {
    const record = await tx.importItems.find(source, key);
    const known = record?.entityId ? await tx.people.findById(record.entityId) : undefined;
    if (known) return { outcome: 'unchanged', reason: 'imported before', person: known };
    const { person, isNew } = await findOrCreatePerson({ ...ctx, store: tx }, tx, author);
    await tx.importItems.upsert({
      source, key, entityKind: 'person', entityId: person.id, contentHash: contentHash(author), entityRevision: null, data, importedAt: isoNow(ctx),
    });
    return isNew
      ? { outcome: 'created', reason: 'no profile had this name; created', person }
      : { outcome: 'unchanged', reason: `matched the existing profile of ${person.name}`, person };
  });
}
