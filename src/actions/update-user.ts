import { z } from 'zod';
import type { UserChanges } from '../domain/accounts.js';
import { conflict, notFound } from '../domain/errors.js';
import { requirePermission } from '../domain/permissions.js';
import type { UserAccount } from '../domain/user-account.js';
import type { ActionContext } from './action-context.js';
import { accountsOf } from './account-services.js';
import { roleField, userNameField } from './account-fields.js';
import { parseInput } from './parse-input.js';
import { recordAudit } from './record-audit.js';
import { resolvePerson } from './resolve-references.js';

const updateUserInput = z.object({
  id: z.string().trim().min(1, 'must not be empty'),
  name: userNameField.optional(),
  role: roleField.optional(),
  /** Id or slug of a person; null unlinks. */
  person: z.string().trim().max(200).nullable().optional(),
  isDisabled: z.boolean().optional(),
});

export type UpdateUserInput = z.input<typeof updateUserInput>;

/**
 * Change an account's name, role, linked person or disabled state (admins
 * only). Disabling ends the user's sessions at once. The site always keeps
 * one active admin, and nobody disables their own account by accident.
 */
export async function updateUser(ctx: ActionContext, input: UpdateUserInput): Promise<UserAccount> {
  const actor = requirePermission(ctx.user, 'users.manage');
  const data = parseInput(updateUserInput, input);
  const accounts = accountsOf(ctx);
  const before = await accounts.findUser(data.id);
  if (!before) throw notFound('User');
  if (data.isDisabled && before.id === actor.id) throw conflict('You cannot disable your own account; ask another admin');
  const losesAdmin = before.role === 'admin' && !before.isDisabled && ((data.role !== undefined && data.role !== 'admin') || data.isDisabled === true);
  if (losesAdmin) {
    const others = (await accounts.listUsers()).filter((u) => u.role === 'admin' && !u.isDisabled && u.id !== before.id);
    if (others.length === 0) throw conflict(`${before.email} is the only active admin; make someone else an admin first`);
  }
  const changes: UserChanges = {};
  if (data.name !== undefined) changes.name = data.name;
  if (data.role !== undefined) changes.role = data.role;
  if (data.isDisabled !== undefined) changes.isDisabled = data.isDisabled;
  if (data.person !== undefined) changes.personId = data.person ? (await resolvePerson(ctx.store, data.person, 'person')).id : null;
  const after = await accounts.updateUser(before.id, changes);
  const summary = describeChanges(before, after);
  if (summary) await recordAudit(ctx.store, ctx, actor, { action: 'user.update', entityKind: 'user', entityId: after.id, summary: `Changed ${after.email}: ${summary}` });
  return after;
}

function describeChanges(before: UserAccount, after: UserAccount): string {
  const parts: string[] = [];
  if (before.name !== after.name) parts.push(`name "${after.name}"`);
  if (before.role !== after.role) parts.push(`role ${before.role} → ${after.role}`);
  if (before.personId !== after.personId) parts.push(after.personId ? 'linked person changed' : 'person unlinked');
  if (before.isDisabled !== after.isDisabled) parts.push(after.isDisabled ? 'disabled' : 'enabled');
  return parts.join('; ');
}
