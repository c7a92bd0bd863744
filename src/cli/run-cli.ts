import { Command, CommanderError } from 'commander';
import type { CliIo, CliRuntime } from './cli-runtime.js';
import { describeFailure, EXIT_BAD_INPUT } from './cli-errors.js';
import { registerCrossrefCommands } from './commands/crossref-command.js';
import { registerDemoCommand } from './commands/demo-command.js';
import { registerExportCommand } from './commands/export-command.js';
import { registerImportCommand } from './commands/import-command.js';
import { registerMigrateCommand } from './commands/migrate-command.js';
import { registerPdfCommand } from './commands/pdf-command.js';
import { registerReindexCommand } from './commands/reindex-command.js';
import { registerServeCommand } from './commands/serve-command.js';
import { registerTokenCommand } from './commands/token-command.js';
import { registerUserCommand } from './commands/user-command.js';

export function buildProgram(runtime: CliRuntime, io: CliIo): Command {
  const program = new Command('imprint')
    .description('Imprint: the website, back office and distribution of a policy research institute')
    .version('0.1.0')
    .showHelpAfterError('(run "imprint --help" for the commands, or "imprint <command> --help")')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  registerServeCommand(program, runtime, io);
  registerMigrateCommand(program, runtime, io);
  registerDemoCommand(program, runtime, io);
  registerCrossrefCommands(program, runtime, io);
  registerImportCommand(program, runtime, io);
  registerExportCommand(program, runtime, io);
  registerReindexCommand(program, runtime, io);
  registerPdfCommand(program, runtime, io);
  registerUserCommand(program, runtime, io);
  registerTokenCommand(program, runtime, io);
  program.commands.forEach((command) => command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }));
  return program;
}

/**
 * Run a command line and return the exit code: 0 on success, 2 for a bad
 * argument, option or value (the message names it), 1 for other failures.
 */
export async function runCli(argv: string[], runtime: CliRuntime, io: CliIo): Promise<number> {
  const program = buildProgram(runtime, io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed the message (or the help/version text).
      return error.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
    }
    const failure = describeFailure(error);
    io.stderr(`imprint: ${failure.message}\n`);
    return failure.exitCode;
  }
}
