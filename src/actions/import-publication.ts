import { z } from 'zod';
import { normalizeLegacyPath } from '../domain/legacy-path.js';
import { withPrecision } from '../domain/publication-date.js';
import { requirePermission } from '../domain/permissions.js';
import type { Publication } from '../domain/publication.js';
import type { Store } from '../store/store.js';
import type { ActionContext } from './action-context.js';
import { createPublication } from './create-publication.js';
import { contentHash, findOrCreatePerson, findOrCreateTerm } from './import-references.js';
import { isoNow } from './action-context.js';
import { parseInput } from './parse-input.js';
import { publicationFields } from './publication-input.js';
import { publishPublication } from './publish-publication.js';
import { resolveSeries } from './resolve-references.js';
import { updatePublication } from './update-publication.js';

const importInput = z.object({
  /** Which importer: `pages`, `wxr`, `docx`. */
  source: z.string().trim().min(1).max(40),
  /** The item's identity in its source (a legacy URL path, a WordPress post's guid ...). */
  key: z.string().trim().min(1).max(2000),
  series: publicationFields.series,
  code: z.string().trim().min(1).nullable().default(null),
  title: publicationFields.title,
  slug: publicationFields.slug.optional(),
  date: publicationFields.date,
  synopsis: publicationFields.synopsis.default(''),
  body: publicationFields.body.default(''),
  bio: publicationFields.bio.default(''),
  authors: z.array(z.object({
    name: z.string().trim().min(1, 'must not be empty').max(200),
    honorific: z.string().trim().max(40).default(''),
    rank: z.string().trim().max(200).default(''),
  })).max(30).default([]),
  /** Matched by name in the taxonomy; created marked for review when missing. */
  terms: z.array(z.object({ taxonomy: z.string().trim().min(1), name: z.string().trim().min(1).max(200) })).max(100).default([]),
  units: publicationFields.units.default([]),
  legacyUrls: publicationFields.legacyUrls.default([]),
  status: z.enum(['draft', 'published']).default('published'),
  publishedAt: z.iso.datetime({ offset: true }).optional(),
  /** Replace an item that was edited in Imprint since it was imported, or that the import did not make. */
  shouldOverwrite: z.boolean().default(false),
  /** Facts about the source kept with the import record (file, warnings). */
  data: z.record(z.string(), z.unknown()).default({}),
  /**
   * What identifies this version of the source, when the fields alone cannot
   * (a Word document's images get new addresses on every upload): the
   * caller's hash of the source. Default: a hash of the fields.
   */
  sourceHash: z.string().trim().min(1).max(200).optional(),
});

export type ImportPublicationInput = z.input<typeof importInput>;

export interface ImportOutcome {
  outcome: 'created' | 'updated' | 'unchanged' | 'skipped';
  reason: string;
  publicationId: string | null;
  code: string | null;
  createdPeople: string[];
  createdTerms: string[];
}

/**
 * Bring one archived item in, idempotently: the same source item imported
 * again changes nothing; changed at the source, it updates the publication
 * (a new revision) unless someone edited it in Imprint meanwhile. Authors are
 * found or created by name, categories found or created for review, and
 * everything is written in one transaction, so a failure leaves nothing.
 */
export async function importPublication(ctx: ActionContext, input: ImportPublicationInput): Promise<ImportOutcome> {
  const actor = requirePermission(ctx.user, 'content.publish');
  requirePermission(actor, 'structure.edit');
  const { source, key, shouldOverwrite, data: facts, sourceHash, ...item } = parseInput(importInput, input);
  const hash = sourceHash ?? contentHash(item);
  return ctx.store.transaction(async (tx) => {
    const inner = { ...ctx, store: tx };
    const record = await tx.importItems.find(source, key);
    const existing = await findExisting(tx, record?.entityId ?? null, item.legacyUrls, item.code);
    const done = (outcome: ImportOutcome['outcome'], reason: string, publication: Publication | null, extra: Partial<ImportOutcome> = {}): ImportOutcome => ({
      outcome, reason, publicationId: publication?.id ?? null, code: publication?.code ?? null, createdPeople: [], createdTerms: [], ...extra,
    });

    if (existing && record?.entityId === existing.id) {
      if (record.contentHash === hash) return done('unchanged', 'imported before; the source has not changed', existing);
      if (record.entityRevision !== existing.revision && !shouldOverwrite) {
        return done('skipped', `edited in Imprint since it was imported (revision ${existing.revision}, the import wrote ${record.entityRevision}); --overwrite replaces the edits`, existing);
      }
    } else if (existing && !shouldOverwrite) {
      return done('skipped', `already on the site as "${existing.title}" (same ${item.code && existing.code === item.code.toUpperCase() ? 'code' : 'old URL'}), not made by this import; --overwrite replaces it`, existing);
    }

    const series = await resolveSeries(tx, item.series);
    const createdPeople: string[] = [];
    const authors = [];
    for (const author of item.authors) {
      const { person, isNew } = await findOrCreatePerson(inner, tx, author);
      if (isNew) createdPeople.push(person.name);
      authors.push({ person: person.id });
    }
    const createdTerms: string[] = [];
    const termIds: string[] = [];
    for (const [index, ref] of item.terms.entries()) {
      const { term, isNew } = await findOrCreateTerm(inner, tx, ref, `terms.${index}`);
      if (isNew) createdTerms.push(`${ref.taxonomy}:${term.name}`);
      if (!termIds.includes(term.id)) termIds.push(term.id);
    }
    const fields = {
      // A series that prints months (Policy Reports) keeps a month, whatever day the source gave.
      series: series.id, title: item.title, date: series.datePrecision === 'month' ? withPrecision(item.date, 'month') : item.date, synopsis: item.synopsis, body: item.body, bio: item.bio,
      authors, terms: termIds, units: item.units, legacyUrls: item.legacyUrls,
      ...(item.slug ? { slug: item.slug } : {}),
    };

    let publication: Publication;
    if (existing) {
      // Old URLs an editor added since stay; the source's are added.
      const legacyUrls = [...new Set([...existing.legacyUrls, ...item.legacyUrls.map((u) => normalizeLegacyPath(u) ?? u)])];
      publication = await updatePublication(inner, { id: existing.id, revision: existing.revision, ...fields, legacyUrls });
      if (item.status === 'published' && publication.status !== 'published') {
        publication = await publishPublication(inner, { id: publication.id, ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}) });
      }
    } else {
      publication = await createPublication(inner, {
        ...fields, status: item.status,
        ...(item.code ? { code: item.code } : {}),
        ...(item.publishedAt && item.status === 'published' ? { publishedAt: item.publishedAt } : {}),
      });
    }
    await remember(tx, ctx, { source, key, hash, publication, facts });
    const extra = { createdPeople, createdTerms };
    return existing
      ? done('updated', 'changed at the source since the last import', publication, extra)
      : done('created', item.status === 'draft' ? 'created as a draft' : 'created', publication, extra);
  });
}

/** The publication this item already is: by an earlier import, by its old URL, or by its code. */
async function findExisting(tx: Store, id: string | null, legacyUrls: readonly string[], code: string | null): Promise<Publication | undefined> {
  if (id) {
    const byId = await tx.publications.findById(id);
    if (byId) return byId;
  }
  for (const url of legacyUrls) {
    const path = normalizeLegacyPath(url);
    const redirect = path ? await tx.redirects.find(path) : undefined;
    if (redirect?.targetKind === 'publication') {
      const found = await tx.publications.findById(redirect.targetId);
      if (found) return found;
    }
  }
  return code ? tx.publications.findByCode(code) : undefined;
}

async function remember(tx: Store, ctx: ActionContext, entry: { source: string; key: string; hash: string; publication: Publication; facts: Record<string, unknown> }): Promise<void> {
  await tx.importItems.upsert({
    source: entry.source,
    key: entry.key,
    entityKind: 'publication',
    entityId: entry.publication.id,
    contentHash: entry.hash,
    entityRevision: entry.publication.revision,
    data: entry.facts,
    importedAt: isoNow(ctx),
  });
}
