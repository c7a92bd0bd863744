import { invalidField } from '../domain/errors.js';

/** A positive integer query parameter, or the default; anything else is a 400 naming the parameter. */
export function intParam(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) throw invalidField(name, `"${value}" is not a whole number`);
  return Number(value);
}
