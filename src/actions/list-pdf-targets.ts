import { invalid, invalidField } from '../domain/errors.js';
import { requirePermission } from '../domain/permissions.js';
import type { ActionContext } from './action-context.js';
import { listedStatuses, viewableStatuses } from './visibility.js';

export interface PdfTarget {
  id: string;
  /** The code, or the slug of an item without one: how a summary names it. */
  label: string;
}

const PAGE = 500;

/**
 * The publications `imprint pdf` works through: one by code, every public
 * one of a series, or every public one. A code or series that names nothing
 * is bad input, named in the error.
 */
export async function listPdfTargets(ctx: ActionContext, input: { code?: string; series?: string; all?: boolean }): Promise<PdfTarget[]> {
  requirePermission(ctx.user, 'content.publish');
  const chosen = [input.code, input.series, input.all].filter(Boolean).length;
  if (chosen !== 1) throw invalid([{ field: 'code', message: 'name one publication code, one series or all, not several or none' }]);
  const { store } = ctx;
  if (input.code) {
    const publication = await store.publications.findByCode(input.code);
    if (!publication || !viewableStatuses(null).includes(publication.status)) throw invalidField('code', `no public publication has the code "${input.code}"`);
    return [{ id: publication.id, label: publication.code ?? publication.slug }];
  }
  let seriesIds: string[] | undefined;
  if (input.series) {
    const series = (await store.series.list()).find((s) => s.slug === input.series);
    if (!series) throw invalidField('series', `no series "${input.series}"`);
    seriesIds = [series.id];
  }
  const targets: PdfTarget[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.publications.list({ ...(seriesIds ? { seriesIds } : {}), statuses: listedStatuses(), sort: 'date_asc', limit: PAGE, offset });
    targets.push(...page.items.map((p) => ({ id: p.id, label: p.code ?? p.slug })));
    if (page.items.length < PAGE) break;
  }
  return targets;
}
