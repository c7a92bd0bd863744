import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withUser, type ActionContext } from '../../../src/actions/action-context.js';
import { createUser } from '../../../src/actions/create-user.js';
import { SYSTEM_ACTOR, type Role } from '../../../src/domain/permissions.js';
import { actorOfUser, type UserAccount } from '../../../src/domain/user-account.js';
import type { Services } from '../../../src/services.js';

export const PASSWORD = 'correct horse battery staple';

/** A Cookie request header from Set-Cookie response values (cleared cookies left out). */
export function cookieHeader(setCookies: readonly string[]): string {
  return setCookies
    .filter((c) => !/;\s*Max-Age=0/i.test(c))
    .map((c) => c.split(';')[0] ?? '')
    .filter(Boolean)
    .join('; ');
}

/** Accounts of each role for permission tests. */
export async function createRoleUsers(services: Services): Promise<Record<Role, UserAccount>> {
  const ctx = withUser(services.context(null), SYSTEM_ACTOR);
  const admin = await createUser(ctx, { email: 'ada@example.org', name: 'Ada Admin', password: PASSWORD, role: 'admin' });
  const editor = await createUser(ctx, { email: 'eve@example.org', name: 'Eve Editor', password: PASSWORD, role: 'editor' });
  const author = await createUser(ctx, { email: 'abe@example.org', name: 'Abe Author', password: PASSWORD, role: 'author' });
  return { admin, editor, author };
}

export function contextOf(services: Services, user: UserAccount | null): ActionContext {
  return services.context(user ? actorOfUser(user) : null);
}

/** The .eml files written to the outbox, oldest first. */
export function outboxMessages(dataDir: string): string[] {
  const dir = join(dataDir, 'outbox');
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.eml')).sort();
  } catch {
    return [];
  }
  return names.map((n) => readFileSync(join(dir, n), 'utf8'));
}

/** The reset link in a message, with quoted-printable soft line breaks undone. */
export function resetLinkIn(message: string): string {
  const body = message.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /https?:\/\/\S+reset-password\?token=[A-Za-z0-9%_-]+/.exec(body);
  if (!match) throw new Error(`No reset link in:\n${message}`);
  return match[0];
}
