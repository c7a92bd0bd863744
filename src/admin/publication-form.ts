import type { CreatePublicationInput } from '../actions/create-publication.js';
import type { Publication } from '../domain/publication.js';
import type { AdminContext } from './admin-env.js';

/** One row of the author picker: a person of the directory, or an outside name. */
export interface AuthorRow {
  person: string;
  name: string;
}

/** The editor form's values as typed: what a refused or rearranged form shows again. */
export interface PublicationFormValues {
  series: string;
  title: string;
  slug: string;
  date: string;
  synopsis: string;
  body: string;
  bio: string;
  authors: AuthorRow[];
  terms: string[];
  units: string[];
  isFeatured: boolean;
  /** One old address per line. */
  legacyUrls: string;
  /** The revision the form was loaded at; null for a new publication. */
  revision: number | null;
}

/**
 * What a submit asks for. The author buttons (add, move, remove) work
 * without JavaScript: they submit the form, which comes back rearranged
 * and unsaved.
 */
export type FormOperation =
  | { kind: 'save' }
  | { kind: 'author-add' }
  | { kind: 'author-move'; index: number; by: -1 | 1 }
  | { kind: 'author-remove'; index: number };

export function emptyFormValues(today: string, series = ''): PublicationFormValues {
  return {
    series, title: '', slug: '', date: today, synopsis: '', body: '', bio: '',
    authors: [{ person: '', name: '' }], terms: [], units: [], isFeatured: false, legacyUrls: '', revision: null,
  };
}

export function formValuesOf(p: Publication): PublicationFormValues {
  return {
    series: p.seriesId, title: p.title, slug: p.slug, date: p.date, synopsis: p.synopsis, body: p.body, bio: p.bio,
    authors: p.authors.map((a) => ({ person: a.personId ?? '', name: a.personId ? '' : a.name })),
    terms: [...p.termIds], units: [...p.unitIds], isFeatured: p.isFeatured, legacyUrls: p.legacyUrls.join('\n'), revision: p.revision,
  };
}

/** A text field's value; browsers send line breaks as CRLF (HTML form submission), the content model keeps LF. */
export const fieldText = (value: unknown): string => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : '');
const str = fieldText;

/** Read the editor form (urlencoded or multipart), keeping repeated fields (terms, units). */
export async function readPublicationForm(c: AdminContext): Promise<{ values: PublicationFormValues; op: FormOperation }> {
  const type = c.req.header('content-type') ?? '';
  const form = type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data') ? await c.req.formData() : new FormData();
  const rowIndexes = new Set<number>();
  for (const key of form.keys()) {
    const match = /^authors\.(\d{1,2})\.(person|name)$/.exec(key);
    if (match) rowIndexes.add(Number(match[1]));
  }
  const authors = [...rowIndexes].sort((a, b) => a - b).map((i) => ({ person: str(form.get(`authors.${i}.person`)), name: str(form.get(`authors.${i}.name`)) }));
  const revision = Number(str(form.get('revision')));
  const values: PublicationFormValues = {
    series: str(form.get('series')), title: str(form.get('title')), slug: str(form.get('slug')), date: str(form.get('date')),
    synopsis: str(form.get('synopsis')), body: str(form.get('body')), bio: str(form.get('bio')),
    authors, terms: form.getAll('terms').map(str).filter(Boolean), units: form.getAll('units').map(str).filter(Boolean),
    isFeatured: form.get('isFeatured') === 'on', legacyUrls: str(form.get('legacyUrls')),
    revision: Number.isInteger(revision) && revision > 0 ? revision : null,
  };
  return { values, op: operationOf(str(form.get('_op'))) };
}

function operationOf(op: string): FormOperation {
  if (op === 'author-add') return { kind: 'author-add' };
  const match = /^author-(up|down|remove):(\d{1,2})$/.exec(op);
  if (!match) return { kind: 'save' };
  const index = Number(match[2]);
  return match[1] === 'remove' ? { kind: 'author-remove', index } : { kind: 'author-move', index, by: match[1] === 'up' ? -1 : 1 };
}

/** The author rows after an add, move or remove (a save leaves them as they are). */
export function applyAuthorOperation(rows: AuthorRow[], op: FormOperation): AuthorRow[] {
  const next = [...rows];
  if (op.kind === 'author-add') next.push({ person: '', name: '' });
  if (op.kind === 'author-remove') next.splice(op.index, 1);
  if (op.kind === 'author-move') {
    const target = op.index + op.by;
    const row = next[op.index];
    const other = next[target];
    if (row && other) [next[op.index], next[target]] = [other, row];
  }
  return next.length ? next : [{ person: '', name: '' }];
}

/** The action input of a form: empty author rows are left out; a person wins over a typed name. */
export function publicationInputOf(values: PublicationFormValues): CreatePublicationInput {
  return {
    series: values.series, title: values.title, ...(values.slug.trim() ? { slug: values.slug } : {}), date: values.date,
    synopsis: values.synopsis, body: values.body, bio: values.bio,
    authors: values.authors.filter((a) => a.person || a.name.trim()).map((a) => (a.person ? { person: a.person } : { name: a.name })),
    terms: values.terms, units: values.units, isFeatured: values.isFeatured,
    legacyUrls: values.legacyUrls.split('\n').map((l) => l.trim()).filter(Boolean),
  };
}
