import { z } from 'zod';
import { tags } from '../domain/change-tags.js';
import { conflict, invalidField, notFound } from '../domain/errors.js';
import { newId } from '../domain/ids.js';
import { childPath } from '../domain/page.js';
import { requirePermission } from '../domain/permissions.js';
import { slugify } from '../domain/slug.js';
import type { PageRecord } from '../store/repositories/page-repository.js';
import type { Store } from '../store/store.js';
import { isoNow, type ActionContext } from './action-context.js';
import { definedOnly, patchOf, requiredText, slugField } from './input-fields.js';
import { parseInput } from './parse-input.js';
import { quoted, recordAudit } from './record-audit.js';

const fields = {
  /** Parent page id or path (`/about`); null for a top-level page. */
  parent: z.string().trim().min(1).nullable(),
  slug: slugField,
  title: requiredText(200),
  summary: z.string().trim().max(1000),
  body: z.string().max(500_000),
  position: z.number().int(),
  isPublished: z.boolean(),
};

const createInput = z.object({
  ...fields,
  parent: fields.parent.default(null),
  slug: fields.slug.optional(),
  summary: fields.summary.default(''),
  body: fields.body.default(''),
  position: fields.position.default(0),
  isPublished: fields.isPublished.default(true),
});

const updateInput = z.object({
  id: z.string().min(1),
  ...patchOf(fields),
  /** The `updatedAt` the edit started from; when the stored one moved on, the save is refused as stale. */
  expectedUpdatedAt: z.string().min(1).optional(),
});

export type SavePageInput = z.input<typeof createInput> | z.input<typeof updateInput>;

/** Paths the site serves itself; a page there would never be reached. */
export const RESERVED_ROOTS = ['api', 'admin', 'assets', 'files', 'publications', 'people', 'research', 'themes', 'regions', 'search', 'feeds', 'oai'];

/**
 * Create or update a page of the tree. The path follows the tree; when a
 * page moves, its old path and its descendants' old paths redirect.
 */
export async function savePage(ctx: ActionContext, input: SavePageInput): Promise<PageRecord> {
  const actor = requirePermission(ctx.user, 'structure.edit');
  const patch = 'id' in input && input.id !== undefined ? parseInput(updateInput, input) : undefined;
  const created = patch ? undefined : parseInput(createInput, input);
  const now = isoNow(ctx);
  const page = await ctx.store.transaction(async (tx) => {
    const existing = patch ? await tx.pages.findById(patch.id) : undefined;
    if (patch && !existing) throw notFound(`Page ${patch.id}`);
    if (patch?.expectedUpdatedAt && existing && existing.updatedAt !== patch.expectedUpdatedAt) {
      throw conflict('This page was changed by someone else after you opened it; your changes were not saved', { updatedAt: existing.updatedAt });
    }
    const data = existing && patch ? { ...asInput(existing), ...definedOnly(patch) } : created!;
    const parent = data.parent ? (await tx.pages.findById(data.parent)) ?? (await tx.pages.findByPath(data.parent)) : null;
    if (data.parent && !parent) throw invalidField('parent', `no page "${data.parent}"`);
    const slug = data.slug ?? slugify(data.title);
    const path = childPath(parent?.path ?? null, slug);
    if (!parent && RESERVED_ROOTS.includes(slug)) throw invalidField('slug', `"/${slug}" is used by the site itself; choose another slug`);
    if (existing && parent && (parent.path + '/').startsWith(existing.path + '/')) {
      throw invalidField('parent', 'a page cannot be moved under itself');
    }
    const samePath = await tx.pages.findByPath(path);
    if (samePath && samePath.id !== existing?.id) throw invalidField('slug', `${path} is already the page "${samePath.title}"`);
    const record: PageRecord = {
      id: existing?.id ?? newId(),
      parentId: parent?.id ?? null,
      slug,
      path,
      title: data.title,
      summary: data.summary,
      body: data.body,
      bodyHtml: ctx.render.toHtml(data.body),
      position: data.position,
      isPublished: data.isPublished,
      updatedAt: now,
    };
    if (existing) {
      await tx.pages.update(record);
      if (existing.path !== path) await movePaths(tx, existing, path, now);
    } else {
      await tx.pages.insert(record, now);
    }
    await recordAudit(tx, ctx, actor, {
      action: existing ? 'page.update' : 'page.create', entityKind: 'page', entityId: record.id,
      summary: `${existing ? 'Edited' : 'Created'} page ${quoted(record.title)} at ${record.path}${existing && existing.path !== path ? ` (moved from ${existing.path})` : ''}`,
    });
    return record;
  });
  ctx.events.emit([tags.page(page.id), tags.pageTree]);
  return page;
}

async function movePaths(tx: Store, moved: PageRecord, newPath: string, now: string): Promise<void> {
  await tx.redirects.upsert({ fromPath: moved.path, targetKind: 'page', targetId: moved.id }, now);
  for (const child of await tx.pages.listChildren(moved.id)) {
    const childNewPath = childPath(newPath, child.slug);
    await tx.pages.update({ ...child, path: childNewPath, updatedAt: now });
    await movePaths(tx, child, childNewPath, now);
  }
}

function asInput(p: PageRecord) {
  return {
    parent: p.parentId, slug: p.slug, title: p.title, summary: p.summary, body: p.body,
    position: p.position, isPublished: p.isPublished,
  };
}
