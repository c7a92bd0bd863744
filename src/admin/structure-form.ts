import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AdminContext } from './admin-env.js';
import { formRefusal } from './form-errors.js';
import type { FormState } from './views/auth-pages.js';

/** What a refused structure form is shown again with: the typed values, the reasons, and whether it was a stale edit. */
export type EditState = FormState & { isConflict?: boolean };

/** '' (an empty field) means "none". */
export function textOrNull(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * A whole number from a form field; '' gives `empty`. Anything else that
 * is not a number goes on as NaN so the action's validation names the field.
 */
export function intOr<E extends number | null>(value: string | undefined, empty: E): number | E {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? empty : Number(trimmed);
}

/** One entry per non-empty line. */
export function linesOf(value: string | undefined): string[] {
  return (value ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

/**
 * Run a save; on success answer with `done` (a redirect), on a refusal
 * the action explains (invalid input, stale edit) show the form again with
 * what was typed. Anything else goes to the error handler.
 */
export async function saveOrShowAgain<T>(
  c: AdminContext,
  values: Record<string, string>,
  save: () => Promise<T>,
  done: (saved: T) => Response,
  showAgain: (state: EditState, status: ContentfulStatusCode) => Promise<Response>,
): Promise<Response> {
  try {
    return done(await save());
  } catch (error) {
    const refusal = formRefusal(c, error, ['invalid', 'conflict']);
    if (!refusal) throw error;
    return showAgain({ values, message: refusal.message, issues: refusal.issues, isConflict: refusal.status === 409 }, refusal.status);
  }
}
