import cliProgress from 'cli-progress';
import { invalid } from '../../domain/errors.js';
import { NO_PROGRESS, type Progress } from '../../domain/progress.js';
import { formatReport, type ImportReport } from '../../import/import-report.js';
import type { CliIo } from '../cli-runtime.js';

/**
 * A progress bar for long imports, drawn only when a person watches (stdout
 * is a terminal); piped or captured output stays clean.
 */
export function terminalProgress(noun: string): Progress {
  if (!process.stdout.isTTY) return NO_PROGRESS;
  const bar = new cliProgress.SingleBar({
    format: `${noun} [{bar}] {value}/{total} {item}`,
    stream: process.stdout,
    hideCursor: true,
    clearOnComplete: true,
  }, cliProgress.Presets.shades_classic);
  let total = 0;
  return {
    start: (count) => {
      total = count;
      if (total > 1) bar.start(total, 0, { item: '' });
    },
    tick: (item) => {
      if (total > 1) bar.increment(1, { item: item.length > 40 ? `…${item.slice(-39)}` : item });
    },
    stop: () => {
      if (total > 1) bar.stop();
    },
  };
}

/**
 * Print the summary, then fail the command when items failed: exit 2 when
 * the input was at fault (each file and field named), 1 otherwise.
 */
export function finishImport(io: CliIo, report: ImportReport, noun: string): void {
  io.stdout(formatReport(report, noun));
  const failed = report.items.filter((i) => i.outcome === 'failed');
  if (failed.length === 0) return;
  if (failed.every((i) => i.isBadInput)) {
    throw invalid(failed.map((i) => ({ field: i.item, message: i.reason })));
  }
  throw new Error(`${failed.length} of ${report.items.length} ${noun} failed:\n${failed.map((i) => `  ${i.item}: ${i.reason}`).join('\n')}`);
}
