import { z } from 'zod';
import { isSlug } from '../domain/slug.js';
import { storedDateField } from './input-fields.js';

const authorInput = z.object({
  person: z.string().trim().min(1).optional(),
  name: z.string().trim().max(200).optional(),
}).refine((a) => Boolean(a.person || a.name), 'give a person (id or slug) or a name');

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/**
 * The editable fields of a publication, as the admin, API and importers send
 * them, without defaults: an update must tell "left out" from "emptied", so
 * defaults are added only where a publication is created.
 */
export const publicationFields = {
  series: z.string().trim().min(1, 'must name a series'),
  title: text(300).min(1, 'must not be empty'),
  slug: z.string().trim().refine(isSlug, 'must be lower-case letters, digits and single hyphens (e.g. "idss-papers")'),
  date: storedDateField,
  synopsis: text(5000),
  body: z.string().max(500_000, 'must be at most 500000 characters'),
  bio: z.string().max(20_000, 'must be at most 20000 characters'),
  authors: z.array(authorInput).max(30, 'at most 30 authors'),
  terms: z.array(z.string().trim().min(1)).max(100),
  units: z.array(z.string().trim().min(1)).max(20),
  isFeatured: z.boolean(),
  legacyUrls: z.array(z.string().trim().min(1)).max(50),
};

/** Fields a new publication may leave out, and what they start as. */
export const publicationCreateFields = {
  ...publicationFields,
  slug: publicationFields.slug.optional(),
  synopsis: publicationFields.synopsis.default(''),
  body: publicationFields.body.default(''),
  bio: publicationFields.bio.default(''),
  authors: publicationFields.authors.default([]),
  terms: publicationFields.terms.default([]),
  units: publicationFields.units.default([]),
  isFeatured: publicationFields.isFeatured.default(false),
  legacyUrls: publicationFields.legacyUrls.default([]),
};

/** Every field optional and without a default: what a PATCH may carry. */
export const publicationPatchFields = Object.fromEntries(
  Object.entries(publicationFields).map(([key, schema]) => [key, schema.optional()]),
) as { [K in keyof typeof publicationFields]: z.ZodOptional<(typeof publicationFields)[K]> };

export type AuthorInput = z.infer<typeof authorInput>;
