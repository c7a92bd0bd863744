import { invalidField } from '../domain/errors.js';
import { normalizeLegacyPath } from '../domain/legacy-path.js';
import type { Publication, PublicationAuthor } from '../domain/publication.js';
import type { RevisionSnapshot } from '../domain/revision.js';
import { parseStoredDate, precisionOf } from '../domain/publication-date.js';
import type { Series } from '../domain/series.js';
import { slugify } from '../domain/slug.js';
import type { PublicationWrite } from '../store/repositories/publication-repository.js';
import type { Store } from '../store/store.js';
import type { ActionContext } from './action-context.js';
import type { AuthorInput } from './publication-input.js';
import { resolveAll, resolvePerson, resolveTerm, resolveUnit } from './resolve-references.js';

export interface PublicationDraft {
  title: string;
  slug?: string | undefined;
  date: string;
  synopsis: string;
  body: string;
  bio: string;
  authors: AuthorInput[];
  terms: string[];
  units: string[];
  isFeatured: boolean;
}

export async function resolveAuthors(store: Store, authors: AuthorInput[]): Promise<PublicationAuthor[]> {
  const out: PublicationAuthor[] = [];
  for (const [index, author] of authors.entries()) {
    if (author.person) {
      const person = await resolvePerson(store, author.person, `authors.${index}.person`);
      out.push({ personId: person.id, personSlug: person.slug, name: author.name || person.name });
    } else {
      out.push({ personId: null, personSlug: null, name: author.name ?? '' });
    }
  }
  return out;
}

/** The Publication fields an input decides, with references resolved and derivatives rendered. */
export async function buildPublicationFields(ctx: ActionContext, store: Store, series: Series, draft: PublicationDraft) {
  const date = parseStoredDate(draft.date, 'date');
  const slug = draft.slug ?? slugify(draft.title);
  if (!slug) throw invalidField('slug', 'the title has no letters or digits to make a URL from; give a slug');
  const [authors, terms, units] = await Promise.all([
    resolveAuthors(store, draft.authors),
    resolveAll(draft.terms, 'terms', (ref, field) => resolveTerm(store, ref, field)),
    resolveAll(draft.units, 'units', (ref, field) => resolveUnit(store, ref, field)),
  ]);
  return {
    seriesId: series.id,
    title: draft.title,
    slug,
    date: draft.date,
    datePrecision: precisionOf(date),
    synopsis: draft.synopsis,
    body: draft.body,
    bodyHtml: ctx.render.toHtml(draft.body),
    bodyText: ctx.render.toText(draft.body),
    bio: draft.bio,
    bioHtml: ctx.render.toHtml(draft.bio),
    authors,
    termIds: terms.map((t) => t.id),
    unitIds: [...new Set([...(series.unitId && draft.units.length === 0 ? [series.unitId] : []), ...units.map((u) => u.id)])],
    isFeatured: draft.isFeatured,
    renderVersion: ctx.render.version,
  } satisfies Partial<PublicationWrite>;
}

/** What a revision keeps of a save: the resolved fields plus the legacy URLs. */
export function snapshotOfFields(fields: PublicationFields, legacyUrls: readonly string[]): RevisionSnapshot {
  return {
    seriesId: fields.seriesId,
    title: fields.title,
    slug: fields.slug,
    date: fields.date,
    synopsis: fields.synopsis,
    body: fields.body,
    bio: fields.bio,
    authors: fields.authors.map((a) => ({ personId: a.personId, name: a.name })),
    termIds: [...fields.termIds],
    unitIds: [...fields.unitIds],
    isFeatured: fields.isFeatured,
    legacyUrls: [...legacyUrls],
  };
}

/** A revision's content as the input of a save (restores, conflict merges). */
export function draftOfSnapshot(snapshot: RevisionSnapshot): PublicationDraft & { series: string; legacyUrls: string[] } {
  return {
    series: snapshot.seriesId,
    title: snapshot.title,
    slug: snapshot.slug,
    date: snapshot.date,
    synopsis: snapshot.synopsis,
    body: snapshot.body,
    bio: snapshot.bio,
    // A linked author is written under the profile's current name, as on every save.
    authors: snapshot.authors.map((a) => (a.personId ? { person: a.personId } : { name: a.name })),
    terms: [...snapshot.termIds],
    units: [...snapshot.unitIds],
    isFeatured: snapshot.isFeatured,
    legacyUrls: [...snapshot.legacyUrls],
  };
}

export type PublicationFields = Awaited<ReturnType<typeof buildPublicationFields>>;

export function normalizeLegacyUrls(urls: readonly string[]): string[] {
  const out: string[] = [];
  for (const [index, url] of urls.entries()) {
    const path = normalizeLegacyPath(url);
    if (!path) throw invalidField(`legacyUrls.${index}`, `"${url}" is not a URL or a path starting with "/"`);
    if (!out.includes(path)) out.push(path);
  }
  return out;
}

/** Point every legacy URL at the publication; drop the ones no longer listed. */
export async function saveLegacyUrls(store: Store, publication: Pick<Publication, 'id' | 'legacyUrls'>, urls: string[], now: string): Promise<void> {
  for (const old of publication.legacyUrls) {
    if (!urls.includes(old)) await store.redirects.delete(old);
  }
  for (const path of urls) {
    const existing = await store.redirects.find(path);
    if (existing && !(existing.targetKind === 'publication' && existing.targetId === publication.id)) {
      throw invalidField('legacyUrls', `${path} already redirects to another ${existing.targetKind}`);
    }
    await store.redirects.upsert({ fromPath: path, targetKind: 'publication', targetId: publication.id }, now);
  }
}
