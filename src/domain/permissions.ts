import { forbidden, DomainError } from './errors.js';

export type Role = 'admin' | 'editor' | 'author';
export const ROLES: readonly Role[] = ['admin', 'editor', 'author'];

/** Who is acting. `system` is the CLI, the demo loader and the jobs runner. */
export interface Actor {
  kind: 'user' | 'system';
  id: string;
  name: string;
  role: Role;
  /** The person record linked to a user account, if any (authors edit their own work). */
  personId: string | null;
}

export const SYSTEM_ACTOR: Actor = { kind: 'system', id: 'system', name: 'System', role: 'admin', personId: null };

export type Permission =
  | 'content.read_unpublished'
  | 'content.edit_any'
  | 'content.edit_own'
  | 'content.publish'
  | 'structure.edit'
  | 'settings.edit'
  | 'users.manage';

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: [
    'content.read_unpublished', 'content.edit_any', 'content.edit_own', 'content.publish',
    'structure.edit', 'settings.edit', 'users.manage',
  ],
  editor: ['content.read_unpublished', 'content.edit_any', 'content.edit_own', 'content.publish', 'structure.edit'],
  author: ['content.edit_own'],
};

export function can(actor: Actor | null, permission: Permission): boolean {
  if (!actor) return false;
  return GRANTS[actor.role].includes(permission);
}

export function requirePermission(actor: Actor | null, permission: Permission): Actor {
  if (!actor) throw new DomainError('unauthenticated', 'Sign in to do this');
  if (!can(actor, permission)) throw forbidden(`The ${actor.role} role cannot do this (${permission})`);
  return actor;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
