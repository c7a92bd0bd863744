import { z } from 'zod';
import { isSlug } from '../domain/slug.js';

/** Field schemas shared by several actions' inputs. */
export const requiredText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
export const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).default('');

export const slugField = z.string().trim().refine(isSlug, 'must be lower-case letters, digits and single hyphens (e.g. "idss-papers")');

export const storedDateField = z.string().trim().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM-DD or YYYY-MM');

export const urlOrPathField = z.string().trim().refine(
  (v) => v.startsWith('/') || /^https?:\/\//.test(v) || /^mailto:/.test(v),
  'must be a path starting with "/" or an http(s) or mailto: URL',
);

export const markdownField = (max = 500_000) => z.string().max(max, `must be at most ${max} characters`).default('');

/** Every field optional, no defaults: what an update may carry. */
export function patchOf<T extends z.ZodRawShape>(shape: T): { [K in keyof T]: z.ZodOptional<T[K]> } {
  return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, (schema as z.ZodType).optional()])) as never;
}

/** Drop keys an update left out, so spreading it over the stored record keeps their values. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
