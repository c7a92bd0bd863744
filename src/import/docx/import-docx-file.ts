import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ActionContext } from '../../actions/action-context.js';
import { importDocx } from '../../actions/import-docx.js';
import { runImport } from '../../actions/run-import.js';
import { invalidField } from '../../domain/errors.js';
import { failedItem, type ImportReport } from '../import-report.js';

export interface DocxFileOptions {
  file: string;
  series: string;
  title?: string | undefined;
  date?: string | undefined;
  authors?: string[] | undefined;
  isPublished?: boolean;
  isDryRun?: boolean;
  shouldOverwrite?: boolean;
}

/** `imprint import docx`: one Word file through the importDocx action the back office also calls. */
export async function importDocxFile(ctx: ActionContext, options: DocxFileOptions): Promise<ImportReport> {
  if (!existsSync(options.file)) throw invalidField('FILE', `${options.file}: no such file`);
  const bytes = new Uint8Array(readFileSync(options.file));
  const filename = basename(options.file);
  return runImport(ctx, { isDryRun: options.isDryRun ?? false }, async (run) => {
    try {
      const outcome = await run.item((c) => importDocx(c, {
        filename, bytes, series: options.series, status: options.isPublished ? 'published' : 'draft',
        shouldOverwrite: options.shouldOverwrite ?? false,
        ...(options.title ? { title: options.title } : {}),
        ...(options.date ? { date: options.date } : {}),
        ...(options.authors?.length ? { authors: options.authors } : {}),
      }));
      const isWritten = outcome.outcome === 'created' || outcome.outcome === 'updated';
      return {
        isDryRun: run.isDryRun,
        items: [{
          item: options.file,
          what: `publication "${outcome.title}" (${outcome.footnotes} footnotes, ${outcome.mediaIds.length} figures)`,
          outcome: outcome.outcome,
          reason: outcome.reason,
          needsReview: isWritten ? [...outcome.warnings, ...outcome.createdPeople.map((p) => `new person "${p}"`)] : [],
        }],
      };
    } catch (error) {
      return { isDryRun: run.isDryRun, items: [failedItem(options.file, 'publication', error)] };
    }
  });
}
