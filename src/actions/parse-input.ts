import type { z } from 'zod';
import { invalid } from '../domain/errors.js';

/**
 * Validate an action's input. A failure names every field at fault, e.g.
 * `authors.1.name: Required`, and nothing has been written yet.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalid(result.error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.join('.') : '(input)',
    message: issue.message,
  })));
}
