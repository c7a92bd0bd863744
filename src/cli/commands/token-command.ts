import type { Command } from 'commander';
import { withUser } from '../../actions/action-context.js';
import { createApiToken } from '../../actions/create-api-token.js';
import { SYSTEM_ACTOR } from '../../domain/permissions.js';
import type { CliIo, CliRuntime } from '../cli-runtime.js';
import { withDatabaseOptions, type CommonOptions } from '../common-options.js';
import { withOptionNames, withSession } from './user-command.js';

interface CreateOptions extends CommonOptions {
  email: string;
  name?: string;
}

/**
 * `imprint token create --email E [--name N]`: a bearer token for the write
 * API. The token alone goes to stdout (`TOKEN=$(imprint token create ...)`),
 * the explanation to stderr; it is printed this once and never stored.
 */
export function registerTokenCommand(program: Command, runtime: CliRuntime, io: CliIo): void {
  const token = program.command('token').description('API tokens for the write API');

  withDatabaseOptions(token.command('create'))
    .description('create an API token acting as an account (printed once)')
    .requiredOption('--email <email>', 'the account the token acts as')
    .option('--name <name>', 'what the token is for', 'Command line')
    .action(async (options: CreateOptions) => {
      const created = await withSession(runtime, options, async (session) => {
        try {
          return await createApiToken(withUser(session.context(null), SYSTEM_ACTOR), { user: options.email, name: options.name });
        } catch (error) {
          throw withOptionNames(error, { user: '--email', name: '--name' });
        }
      });
      io.stdout(`${created.token}\n`);
      io.stderr(`API token "${created.info.name}" for ${created.user.email} (${created.user.role}). It is shown only now; send it as "Authorization: Bearer <token>".\n`);
    });
  // Nested commands report errors through the injected output and exit codes too.
  token.commands.forEach((sub) => sub.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }));
}
