import type { Role } from './permissions.js';
import type { ApiTokenInfo, UserAccount } from './user-account.js';

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
  personId: string | null;
}

/** Fields an update may change; left out: unchanged. */
export interface UserChanges {
  name?: string;
  role?: Role;
  personId?: string | null;
  isDisabled?: boolean;
}

/** Response cookies as `Set-Cookie` header values: the session travels in them. */
export type SetCookies = string[];

export type PasswordSignIn =
  | { kind: 'signed_in'; user: UserAccount; cookies: SetCookies }
  | { kind: 'invalid' }
  | { kind: 'disabled'; user: UserAccount };

export interface ActiveSession {
  user: UserAccount;
  /** Secret to this session; CSRF tokens are derived from it, so they die with it. */
  sessionToken: string;
  expiresAt: string;
  /** Set when the session's lifetime was extended and the cookie must follow. */
  cookies: SetCookies;
}

export type AuthAttemptKind = 'sign_in' | 'password_reset';

export interface AuthAttempt {
  kind: AuthAttemptKind;
  email: string;
  address: string;
  isSuccess: boolean;
  at: string;
}

/** Which failures a rate limit counts. */
export interface FailureQuery {
  kind: AuthAttemptKind;
  /** Count by the typed email address (the account), after its last success. */
  email?: string;
  /** Count by client address. */
  address?: string;
  since: string;
}

/**
 * Accounts, sessions, password resets and API tokens: the one gateway to
 * the accounts tables. The implementation (src/accounts/) wraps the
 * accounts library; actions call this and check permissions themselves —
 * nothing here knows roles beyond storing them.
 */
export interface Accounts {
  hasUsers(): Promise<boolean>;
  /** Throws `conflict` when the email address is taken. */
  createUser(user: NewUser): Promise<UserAccount>;
  findUser(id: string): Promise<UserAccount | undefined>;
  findUserByEmail(email: string): Promise<UserAccount | undefined>;
  /** By name. */
  listUsers(): Promise<UserAccount[]>;
  updateUser(id: string, changes: UserChanges): Promise<UserAccount>;
  /**
   * First-run setup may create one admin, once: the first caller gets true,
   * every later (or concurrent) caller false, on every app node.
   */
  claimSetup(): Promise<boolean>;
  /** Give the claim back when creating the first admin failed. */
  releaseSetup(): Promise<void>;

  /** Check the password and open a session. */
  signIn(input: { email: string; password: string; address: string; userAgent: string }): Promise<PasswordSignIn>;
  /** The session a request's Cookie header carries; null when none, expired, revoked or its user is disabled. */
  findSession(cookieHeader: string | null): Promise<ActiveSession | null>;
  /** End the session in the Cookie header; returns cookies that clear it in the browser. */
  signOut(cookieHeader: string | null): Promise<SetCookies>;
  revokeSessions(userId: string): Promise<void>;

  /** A single-use reset token valid for an hour; null when no enabled account has this address. */
  createPasswordReset(email: string): Promise<{ user: UserAccount; token: string } | null>;
  /** Set a new password with a reset token and end the user's sessions; null when the token is unknown, used or expired. */
  resetPassword(token: string, password: string): Promise<UserAccount | null>;

  recordAttempt(attempt: AuthAttempt): Promise<void>;
  /** Times (ISO, oldest first) of the failures a limit counts. */
  listFailureTimes(query: FailureQuery): Promise<string[]>;

  /** The token is returned here once; only its hash is kept. */
  createApiToken(input: { userId: string; name: string; at: string }): Promise<{ token: string; info: ApiTokenInfo }>;
  findApiToken(id: string): Promise<ApiTokenInfo | undefined>;
  /** Newest first; all users' when userId is left out. */
  listApiTokens(userId?: string): Promise<ApiTokenInfo[]>;
  revokeApiToken(id: string, at: string): Promise<void>;
  /** The live token's user (not revoked, user not disabled); notes when it was used. */
  findUserByApiToken(token: string, at: string): Promise<{ user: UserAccount; token: ApiTokenInfo } | undefined>;

  /** A key for `purpose` derived from the server secret every app node shares (CSRF tokens). */
  deriveKey(purpose: string): Promise<Buffer>;
}
