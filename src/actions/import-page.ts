import { z } from 'zod';
import { normalizeLegacyPath } from '../domain/legacy-path.js';
import { requirePermission } from '../domain/permissions.js';
import { slugField } from './input-fields.js';
import type { PageRecord } from '../store/repositories/page-repository.js';
import { isoNow, type ActionContext } from './action-context.js';
import { contentHash } from './import-references.js';
import { parseInput } from './parse-input.js';
import { RESERVED_ROOTS, savePage } from './save-page.js';

const importInput = z.object({
  source: z.string().trim().min(1).max(40),
  key: z.string().trim().min(1).max(2000),
  /** The import key of the parent page (imported earlier in the same run or before); null for a top-level page. */
  parentKey: z.string().trim().min(1).nullable().default(null),
  title: z.string().trim().min(1, 'must not be empty').max(200),
  slug: slugField,
  summary: z.string().trim().max(1000).default(''),
  body: z.string().max(500_000).default(''),
  isPublished: z.boolean().default(true),
  position: z.number().int().default(0),
  legacyUrls: z.array(z.string().trim().min(1)).max(50).default([]),
  shouldOverwrite: z.boolean().default(false),
  data: z.record(z.string(), z.unknown()).default({}),
});

export type ImportPageInput = z.input<typeof importInput>;

export interface ImportPageOutcome {
  outcome: 'created' | 'updated' | 'unchanged' | 'skipped';
  reason: string;
  page: PageRecord | null;
  notes: string[];
}

/**
 * Bring one page of an old site into the page tree, idempotently, under the
 * page its parent became. Old addresses redirect to it. A slug the site uses
 * for itself at the top level ("research") gets "-page" added, and says so.
 */
export async function importPage(ctx: ActionContext, input: ImportPageInput): Promise<ImportPageOutcome> {
  requirePermission(ctx.user, 'structure.edit');
  const { source, key, parentKey, shouldOverwrite, data: facts, legacyUrls, ...fields } = parseInput(importInput, input);
  const hash = contentHash({ parentKey, legacyUrls, ...fields });
  return ctx.store.transaction(async (tx) => {
    const inner = { ...ctx, store: tx };
    const notes: string[] = [];
    const record = await tx.importItems.find(source, key);
    const existing = record?.entityId ? await tx.pages.findById(record.entityId) : undefined;
    if (existing && record?.contentHash === hash) return { outcome: 'unchanged', reason: 'imported before; the source has not changed', page: existing, notes };
    if (existing && record?.data.updatedAt !== existing.updatedAt && !shouldOverwrite) {
      return { outcome: 'skipped', reason: 'edited in Imprint since it was imported; --overwrite replaces the edits', page: existing, notes };
    }
    const parentItem = parentKey ? await tx.importItems.find(source, parentKey) : undefined;
    const parent = parentItem?.entityId ? await tx.pages.findById(parentItem.entityId) : undefined;
    if (parentKey && !parent) notes.push('its parent page was not imported; it was placed at the top level');
    let slug = fields.slug;
    if (!parent && RESERVED_ROOTS.includes(slug)) {
      notes.push(`"/${slug}" is an address of the site itself; the page was imported as /${slug}-page`);
      slug = `${slug}-page`;
    }
    const path = `${parent?.path ?? ''}/${slug}`;
    const atPath = await tx.pages.findByPath(path);
    if (!existing && atPath && !shouldOverwrite) {
      return { outcome: 'skipped', reason: `${path} is already the page "${atPath.title}", not made by this import; --overwrite replaces it`, page: atPath, notes };
    }
    const target = existing ?? atPath;
    const page = await savePage(inner, {
      ...(target ? { id: target.id } : {}),
      parent: parent?.id ?? null, slug, title: fields.title, summary: fields.summary, body: fields.body,
      isPublished: fields.isPublished, position: fields.position,
    });
    const now = isoNow(ctx);
    for (const url of legacyUrls) {
      const from = normalizeLegacyPath(url);
      if (!from || from === page.path) continue;
      const taken = await tx.redirects.find(from);
      if (taken && !(taken.targetKind === 'page' && taken.targetId === page.id)) {
        notes.push(`old address ${from} already redirects to another ${taken.targetKind}; left as it was`);
        continue;
      }
      await tx.redirects.upsert({ fromPath: from, targetKind: 'page', targetId: page.id }, now);
    }
    await tx.importItems.upsert({
      source, key, entityKind: 'page', entityId: page.id, contentHash: hash, entityRevision: null,
      data: { ...facts, updatedAt: page.updatedAt }, importedAt: now,
    });
    return { outcome: target ? 'updated' : 'created', reason: target ? 'changed at the source since the last import' : 'created', page, notes };
  });
}
