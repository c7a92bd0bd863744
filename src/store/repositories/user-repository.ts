import type { UserAccount } from '../../domain/user-account.js';
import { isRole } from '../../domain/permissions.js';
import type { LibraryFlag, LibraryTimestamp, UserTable } from '../schema-accounts.js';
import type { Db } from './db-handle.js';

/** The accounts library's timestamps arrive as Date or ISO text depending on the database. */
export function isoOf(value: LibraryTimestamp): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

export function flagOf(value: LibraryFlag): boolean {
  return value === true || value === 1;
}

function toUser(row: UserTable): UserAccount {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    // A role outside the three (edited by hand in the database) gets the least power.
    role: isRole(row.role) ? row.role : 'author',
    personId: row.person_id,
    isDisabled: flagOf(row.is_disabled),
    createdAt: isoOf(row.created_at),
  };
}

/**
 * Reads of the users table. Writes go through the accounts library, which
 * owns the table's format; this side only reads and normalises.
 */
export function createUserRepository(db: Db) {
  return {
    async hasAny(): Promise<boolean> {
      const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
      return row !== undefined;
    },

    async findById(id: string): Promise<UserAccount | undefined> {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toUser(row) : undefined;
    },

    async findByEmail(email: string): Promise<UserAccount | undefined> {
      const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
      return row ? toUser(row) : undefined;
    },

    async list(): Promise<UserAccount[]> {
      const rows = await db.selectFrom('users').selectAll().orderBy('name').orderBy('email').execute();
      return rows.map(toUser);
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
