import { isDomainError } from '../domain/errors.js';

/** What happened to one item of an import. */
export type ItemOutcome = 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed';

export interface ItemResult {
  /** The file, or the file and the item in it (`export.xml: post 123`). */
  item: string;
  /** What it became: `publication IP24112`, `page /about/history`, `person Sarah Soh`. */
  what: string;
  outcome: ItemOutcome;
  reason: string;
  /** Why an editor should look at it (created terms, cut-off page, missing image ...). */
  needsReview: string[];
  /** The failure was the input's fault (exit 2), not the system's. */
  isBadInput?: boolean;
}

export interface ImportReport {
  isDryRun: boolean;
  items: ItemResult[];
}

/** A failed item's result: the message names the field at fault. */
export function failedItem(item: string, what: string, error: unknown): ItemResult {
  if (isDomainError(error)) {
    const fields = error.issues.map((i) => `${i.field}: ${i.message}`).join('; ');
    return { item, what, outcome: 'failed', reason: fields || error.message, needsReview: [], isBadInput: error.code === 'invalid' };
  }
  return { item, what, outcome: 'failed', reason: error instanceof Error ? error.message : String(error), needsReview: [] };
}

export function countOutcomes(report: ImportReport): Record<ItemOutcome | 'needsReview', number> {
  const counts = { created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0, needsReview: 0 };
  for (const item of report.items) {
    counts[item.outcome]++;
    if (item.needsReview.length) counts.needsReview++;
  }
  return counts;
}

function grouped(items: readonly ItemResult[]): string[] {
  const byReason = new Map<string, number>();
  for (const item of items) byReason.set(item.reason, (byReason.get(item.reason) ?? 0) + 1);
  return [...byReason].map(([reason, n]) => `      ${reason} (${n})`);
}

/** The summary printed at the end: counts, and for each kind the reasons. */
export function formatReport(report: ImportReport, noun: string): string {
  const counts = countOutcomes(report);
  const lines = [
    `${report.isDryRun ? 'Dry run: nothing was written. It would have read' : 'Read'} ${report.items.length} ${noun}.`,
    `  created       ${counts.created}`,
    ...grouped(report.items.filter((i) => i.outcome === 'created')),
    `  updated       ${counts.updated}`,
    ...grouped(report.items.filter((i) => i.outcome === 'updated')),
    `  skipped       ${counts.skipped + counts.unchanged}`,
    ...grouped(report.items.filter((i) => i.outcome === 'skipped' || i.outcome === 'unchanged')),
    `  needs review  ${counts.needsReview}`,
    ...report.items.filter((i) => i.needsReview.length).flatMap((i) => [`      ${i.item} (${i.what}):`, ...i.needsReview.map((r) => `        - ${r}`)]),
    `  failed        ${counts.failed}`,
    ...report.items.filter((i) => i.outcome === 'failed').map((i) => `      ${i.item}: ${i.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}
