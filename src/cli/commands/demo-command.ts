import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Command } from 'commander';
import { withUser } from '../../actions/action-context.js';
import { createUser } from '../../actions/create-user.js';
import { isSetupNeeded } from '../../actions/is-setup-needed.js';
import { SYSTEM_ACTOR } from '../../domain/permissions.js';
import { loadDemoContent } from '../../demo/load-demo.js';
import type { CliIo, CliRuntime, CliSession } from '../cli-runtime.js';
import { databaseOverrides, withDatabaseOptions, type CommonOptions } from '../common-options.js';

/** Fill the open database with the demo institute; refuses (throws) when it holds content. */
export async function runDemo(session: CliSession): Promise<string> {
  const report = await loadDemoContent(withUser(session.context(null), SYSTEM_ACTOR), {
    filesDir: join(session.config.dataDir, 'files'),
  });
  // Report keys are camelCase ("menuItems"); print them as words.
  const parts = Object.entries(report).map(([what, count]) => `${count} ${what.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)}`);
  return `Demo institute loaded: ${parts.join(', ')}.${await createDemoAdmin(session)}`;
}

/**
 * A demo site comes with an admin to sign in with, unless accounts exist
 * already. The password is random and printed this once.
 */
async function createDemoAdmin(session: CliSession): Promise<string> {
  const ctx = withUser(session.context(null), SYSTEM_ACTOR);
  if (!(await isSetupNeeded(ctx))) return '\nSign in to the back office with your existing account.';
  const password = randomBytes(12).toString('base64url');
  const admin = await createUser(ctx, { email: 'admin@example.org', name: 'Demo Admin', password, role: 'admin' });
  // Port 0 means "any free port": the address is only known once the server runs, and is printed then.
  const site = /:0$/.test(session.config.baseUrl) ? '<the address below>' : session.config.baseUrl;
  return [
    '',
    `Back office: ${site}/admin/sign-in`,
    `  email:    ${admin.email}`,
    `  password: ${password}`,
  ].join('\n');
}

export function registerDemoCommand(program: Command, runtime: CliRuntime, io: CliIo): void {
  withDatabaseOptions(program.command('demo'))
    .description('fill an empty database with a demo institute (refuses when content exists)')
    .action(async (options: CommonOptions) => {
      const config = runtime.loadConfig(databaseOverrides(options));
      const session = await runtime.open(config, { migrate: true });
      try {
        io.stdout(`${await runDemo(session)}\n`);
      } finally {
        await session.close();
      }
    });
}
