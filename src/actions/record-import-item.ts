import { z } from 'zod';
import { requirePermission } from '../domain/permissions.js';
import { isoNow, type ActionContext } from './action-context.js';
import { contentHash } from './import-references.js';
import { parseInput } from './parse-input.js';

const recordInput = z.object({
  source: z.string().trim().min(1).max(40),
  key: z.string().trim().min(1).max(2000),
  /** What it is (`attachment`); recorded without an entity of the site. */
  entityKind: z.string().trim().min(1).max(40),
  data: z.record(z.string(), z.unknown()),
});

/**
 * Remember an item of a source that becomes no entity of its own, such as
 * a WordPress attachment whose file was not fetched: its title, alt text,
 * caption and address stay on record for whoever brings the files over.
 */
export async function recordImportItem(ctx: ActionContext, input: z.input<typeof recordInput>): Promise<{ outcome: 'created' | 'updated' | 'unchanged' }> {
  requirePermission(ctx.user, 'content.publish');
  const { source, key, entityKind, data } = parseInput(recordInput, input);
  const hash = contentHash(data);
  const existing = await ctx.store.importItems.find(source, key);
  if (existing?.contentHash === hash) return { outcome: 'unchanged' };
  await ctx.store.importItems.upsert({ source, key, entityKind, entityId: null, contentHash: hash, entityRevision: null, data, importedAt: isoNow(ctx) });
  return { outcome: existing ? 'updated' : 'created' };
}
