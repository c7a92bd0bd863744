import type { Command } from 'commander';
import type { CliIo, CliRuntime } from '../cli-runtime.js';
import { registerImportPagesCommand } from './import-pages-command.js';
import { registerImportWxrCommand } from './import-wxr-command.js';
import { registerImportDocxCommand } from './import-docx-command.js';
import { registerImportJsonCommand } from './import-json-command.js';

/** `imprint import <kind>`: bring content in from an old site, WordPress, Word, or a backup. */
export function registerImportCommand(program: Command, runtime: CliRuntime, io: CliIo): void {
  const command = program.command('import').description('import an archive: pages, wxr (WordPress), docx (Word), json (a backup)');
  registerImportPagesCommand(command, runtime, io);
  registerImportWxrCommand(command, runtime, io);
  registerImportDocxCommand(command, runtime, io);
  registerImportJsonCommand(command, runtime, io);
  command.commands.forEach((sub) => sub.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }));
}
