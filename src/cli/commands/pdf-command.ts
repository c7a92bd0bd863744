import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { withUser } from '../../actions/action-context.js';
import { listPdfTargets } from '../../actions/list-pdf-targets.js';
import { makePublicationPdf } from '../../actions/make-publication-pdf.js';
import { SYSTEM_ACTOR } from '../../domain/permissions.js';
import { CliFailure, CliUsageError } from '../cli-errors.js';
import type { CliIo, CliRuntime, CliSession } from '../cli-runtime.js';
import { databaseOverrides, withDatabaseOptions, type CommonOptions } from '../common-options.js';

interface PdfOptions extends CommonOptions {
  series?: string;
  all?: boolean;
}

export interface PdfRunSummary {
  made: number;
  unchanged: number;
  /** Items whose uploaded PDF stands in for the generated one: nothing to make. */
  uploaded: number;
  failed: { label: string; reason: string }[];
}

/**
 * Make the PDFs of the chosen publications one after another (the compiler
 * works one document at a time), reporting each step. A failure is noted and
 * the run goes on.
 */
export async function makePdfs(
  session: CliSession, selection: { code?: string; series?: string; all?: boolean }, onStep: (done: number, total: number) => void,
): Promise<PdfRunSummary> {
  const ctx = withUser(session.context(null), SYSTEM_ACTOR);
  const targets = await listPdfTargets(ctx, selection);
  const summary: PdfRunSummary = { made: 0, unchanged: 0, uploaded: 0, failed: [] };
  onStep(0, targets.length);
  for (const [index, target] of targets.entries()) {
    try {
      const { outcome } = await makePublicationPdf(ctx, { id: target.id });
      if (outcome === 'made') summary.made += 1;
      else if (outcome === 'uploaded') summary.uploaded += 1;
      else summary.unchanged += 1;
    } catch (error) {
      summary.failed.push({ label: target.label, reason: error instanceof Error ? error.message : String(error) });
    }
    onStep(index + 1, targets.length);
  }
  return summary;
}

export function describeSummary(summary: PdfRunSummary): string {
  const parts = [`${summary.made} made`, `${summary.unchanged} unchanged`];
  if (summary.uploaded) parts.push(`${summary.uploaded} uploaded (kept)`);
  parts.push(`${summary.failed.length} failed`);
  const lines = [`PDFs: ${parts.join(', ')}.`, ...summary.failed.map((f) => `  ${f.label}: ${f.reason}`)];
  return `${lines.join('\n')}\n`;
}

export function registerPdfCommand(program: Command, runtime: CliRuntime, io: CliIo): void {
  withDatabaseOptions(program.command('pdf'))
    .description('make the house-style PDF of a publication code, a --series or --all public publications (unchanged ones are not typeset again)')
    .argument('[code]', 'publication code, e.g. IP24112')
    .option('--series <slug>', 'every public publication of this series')
    .option('--all', 'every public publication')
    .action(async (code: string | undefined, options: PdfOptions) => {
      if ([code, options.series, options.all].filter(Boolean).length !== 1) {
        throw new CliUsageError('name one publication code, one --series or --all');
      }
      const session = await runtime.open(runtime.loadConfig(databaseOverrides(options)), { migrate: false });
      // A bar redrawn in place is for a person at a terminal; logs get the summary alone.
      const bar = process.stderr.isTTY === true
        ? new SingleBar({ format: 'PDFs [{bar}] {value}/{total} | {eta_formatted} left', hideCursor: true, stream: process.stderr })
        : null;
      let isStarted = false;
      try {
        const selection = { ...(code ? { code } : {}), ...(options.series ? { series: options.series } : {}), ...(options.all ? { all: true } : {}) };
        const summary = await makePdfs(session, selection, (done, total) => {
          if (!bar) return;
          if (!isStarted) {
            bar.start(total, done);
            isStarted = true;
          } else {
            bar.update(done);
          }
        });
        bar?.stop();
        isStarted = false;
        io.stdout(describeSummary(summary));
        if (summary.failed.length > 0) throw new CliFailure(`${summary.failed.length} of the PDFs could not be made (see above)`);
      } finally {
        if (isStarted) bar?.stop();
        await session.close();
      }
    });
}
