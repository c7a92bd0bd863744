import { type Command, InvalidArgumentError } from 'commander';
import { withUser } from '../../actions/action-context.js';
import { createUser } from '../../actions/create-user.js';
import { listUsers } from '../../actions/list-users.js';
import { isDomainError } from '../../domain/errors.js';
import { isRole, ROLES, SYSTEM_ACTOR } from '../../domain/permissions.js';
import { CliUsageError } from '../cli-errors.js';
import type { CliIo, CliRuntime, CliSession } from '../cli-runtime.js';
import { databaseOverrides, withDatabaseOptions, type CommonOptions } from '../common-options.js';

/**
 * A refused input names the action's field (`email`); on the command line
 * the person typed an option (`--email`), so say that, and exit 2.
 */
export function withOptionNames(error: unknown, options: Record<string, string>): unknown {
  if (!isDomainError(error) || error.code !== 'invalid') return error;
  const lines = error.issues.map((i) => `${options[i.field.split('.')[0] ?? ''] ?? i.field}: ${i.message}`);
  if (lines.length <= 1) return new CliUsageError(lines[0] ?? error.message);
  return new CliUsageError(`these options are not right:\n  ${lines.join('\n  ')}`);
}

export function parseRole(value: string): string {
  if (!isRole(value)) throw new InvalidArgumentError(`"${value}" is not a role (${ROLES.join(', ')})`);
  return value;
}

/** Run `work` on an open, migrated database, closing it whatever happens. */
export async function withSession<T>(runtime: CliRuntime, options: CommonOptions, work: (session: CliSession) => Promise<T>): Promise<T> {
  const session = await runtime.open(runtime.loadConfig(databaseOverrides(options)), { migrate: true });
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

interface AddOptions extends CommonOptions {
  email: string;
  password: string;
  role: string;
  name?: string;
  person?: string;
}

/** Columns padded to their widest cell. */
function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')).join('\n');
}

/** `imprint user add` and `imprint user list`: accounts from the command line (acting as the system). */
export function registerUserCommand(program: Command, runtime: CliRuntime, io: CliIo): void {
  const user = program.command('user').description('add and list back-office accounts');

  withDatabaseOptions(user.command('add'))
    .description('add an account that signs in with an email address and password')
    .requiredOption('--email <email>', 'the address the user signs in with')
    .requiredOption('--password <password>', 'at least 12 characters')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, parseRole)
    .option('--name <name>', 'the name shown in the back office (default: the part of the address before @)')
    .option('--person <slug>', 'the staff profile the user writes as (slug or id)')
    .action(async (options: AddOptions) => {
      const created = await withSession(runtime, options, async (session) => {
        try {
          return await createUser(withUser(session.context(null), SYSTEM_ACTOR), {
            email: options.email,
            password: options.password,
            role: options.role,
            name: options.name ?? options.email.split('@')[0] ?? options.email,
            person: options.person ?? null,
          });
        } catch (error) {
          throw withOptionNames(error, { email: '--email', password: '--password', role: '--role', name: '--name', person: '--person' });
        }
      });
      io.stdout(`Added ${created.role} ${created.email} (${created.name}).\n`);
    });

  withDatabaseOptions(user.command('list'))
    .description('list every account with its role')
    .action(async (options: CommonOptions) => {
      const users = await withSession(runtime, options, (session) => listUsers(withUser(session.context(null), SYSTEM_ACTOR)));
      if (users.length === 0) {
        io.stdout('No accounts yet. Add one with: imprint user add --email E --password P --role admin\n');
        return;
      }
      const rows = [['EMAIL', 'NAME', 'ROLE', 'STATUS'], ...users.map((u) => [u.email, u.name, u.role, u.isDisabled ? 'disabled' : 'active'])];
      io.stdout(`${table(rows)}\n`);
    });
  // Nested commands report errors through the injected output and exit codes too.
  user.commands.forEach((sub) => sub.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }));
}
