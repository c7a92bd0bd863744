import type { Actor, Role } from './permissions.js';

/** Someone who can sign in to the back office (DESIGN.md section 4: User, linked to a Person). */
export interface UserAccount {
  id: string;
  /** Lower-case; the sign-in name. */
  email: string;
  name: string;
  role: Role;
  /** The person record this user writes as (authors edit their own work through it). */
  personId: string | null;
  /** A disabled account cannot sign in, and its sessions and API tokens stop working. */
  isDisabled: boolean;
  createdAt: string;
}

/** An API token as listed: never the token itself, which is shown once when created. */
export interface ApiTokenInfo {
  id: string;
  userId: string;
  name: string;
  /** Last four characters, so people can tell their tokens apart. */
  hint: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/**
 * Passwords: long rather than clever. Twelve characters is three or four
 * ordinary words; the upper bound keeps hashing cost bounded.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** API tokens start with this, so a leaked one is recognisable in logs and secret scanners. */
export const API_TOKEN_PREFIX = 'imp_';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The actor a signed-in user (or their API token) acts as. */
export function actorOfUser(user: UserAccount): Actor {
  return { kind: 'user', id: user.id, name: user.name, role: user.role, personId: user.personId };
}
