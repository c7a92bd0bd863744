/**
 * Row types of the accounts tables (migration 0002-accounts).
 *
 * `users`, `sessions`, `auth_accounts` and `verifications` belong to the
 * accounts library, which writes Date objects and booleans where the
 * database has those types and ISO text and 0/1 where it does not; their
 * timestamps therefore read back as `Date | string` and flags as
 * `boolean | number`. Repositories normalise both. Our own tables keep the
 * project's convention: ISO-8601 UTC text and 0/1 integers.
 */
export type LibraryTimestamp = Date | string;
export type LibraryFlag = boolean | number;

export interface UserTable {
  id: string;
  name: string;
  email: string;
  email_verified: LibraryFlag;
  image: string | null;
  created_at: LibraryTimestamp;
  updated_at: LibraryTimestamp;
  /** `admin`, `editor` or `author`. */
  role: string;
  person_id: string | null;
  is_disabled: LibraryFlag;
}

export interface SessionTable {
  id: string;
  expires_at: LibraryTimestamp;
  token: string;
  created_at: LibraryTimestamp;
  updated_at: LibraryTimestamp;
  ip_address: string | null;
  user_agent: string | null;
  user_id: string;
}

export interface AuthAccountTable {
  id: string;
  account_id: string;
  provider_id: string;
  user_id: string;
  access_token: string | null;
  refresh_token: string | null;
  id_token: string | null;
  access_token_expires_at: LibraryTimestamp | null;
  refresh_token_expires_at: LibraryTimestamp | null;
  scope: string | null;
  /** The password hash (argon2id, PHC string). */
  password: string | null;
  created_at: LibraryTimestamp;
  updated_at: LibraryTimestamp;
}

export interface VerificationTable {
  id: string;
  /** Hashed: `reset-password:<token>` never appears in the clear. */
  identifier: string;
  value: string;
  expires_at: LibraryTimestamp;
  created_at: LibraryTimestamp;
  updated_at: LibraryTimestamp;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  /** SHA-256 of the token, hex. */
  token_hash: string;
  /** Last four characters of the token. */
  hint: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuthAttemptTable {
  id: string;
  /** `sign_in` or `password_reset`. */
  kind: string;
  /** Lower-cased address typed into the form (it need not belong to an account). */
  email: string;
  /** The client's network address. */
  address: string;
  is_success: number;
  at: string;
}

export interface ServerSecretTable {
  name: string;
  value: string;
  created_at: string;
}

export interface AccountsDatabase {
  users: UserTable;
  sessions: SessionTable;
  auth_accounts: AuthAccountTable;
  verifications: VerificationTable;
  api_tokens: ApiTokenTable;
  auth_attempts: AuthAttemptTable;
  server_secrets: ServerSecretTable;
}
