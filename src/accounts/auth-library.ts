import { AsyncLocalStorage } from 'node:async_hooks';
import { betterAuth } from 'better-auth';
import type { Kysely } from 'kysely';
import { newId } from '../domain/ids.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../domain/user-account.js';
import type { StoreDialect } from '../store/dialects/store-dialect.js';
import type { Database } from '../store/schema.js';
import { hashPassword, verifyPassword } from './argon2-password.js';

/** The two levels the library's messages go to. */
export interface AccountsLog {
  debug(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface AuthLibraryOptions {
  db: Kysely<Database>;
  databaseType: StoreDialect['databaseType'];
  baseUrl: string;
  /** Signs the session cookie; shared by every app node (server_secrets). */
  secret: string;
  log: AccountsLog;
  /** May a session open for this user? (Disabled accounts may not.) */
  canOpenSession: (userId: string) => Promise<boolean>;
}

/** Sessions last a day of inactivity; using the back office extends them at most once an hour. */
export const SESSION_SECONDS = 24 * 60 * 60;
const SESSION_REFRESH_SECONDS = 60 * 60;
/** Password-reset links work for an hour, once. */
export const RESET_TOKEN_SECONDS = 60 * 60;

/**
 * The library reports a reset token (and whose password was reset) through
 * callbacks it awaits inside the call; they land in the caller's slot, and
 * the caller writes and sends the message itself.
 */
export const libraryCallbacks = new AsyncLocalStorage<{ token?: string; userId?: string }>();

/** We tell the library the client's address in this request header (it reads no other). */
export const CLIENT_ADDRESS_HEADER = 'x-imprint-client-address';

/**
 * The accounts library on the shared Kysely instance. Its tables use our
 * snake_case column names (declared field by field: its `casing` option
 * names tables only), our ids, our password hashing, and cookies that are
 * HttpOnly, SameSite=Lax, limited to /admin and Secure behind https. Its
 * own HTTP handler, sign-up and rate limiter are not used: the back office
 * calls it server-side and does its own limits in the database.
 */
export function createAuthLibrary(options: AuthLibraryOptions) {
  const isHttps = options.baseUrl.startsWith('https:');
  return betterAuth({
    appName: 'Imprint',
    baseURL: options.baseUrl,
    basePath: '/admin/auth',
    secret: options.secret,
    database: { db: options.db, type: options.databaseType, casing: 'snake' },
    telemetry: { enabled: false },
    rateLimit: { enabled: false },
    logger: {
      level: 'warn',
      // "Invalid password" and the like are expected traffic, not warnings.
      log: (level, message) => (level === 'error' ? options.log.error : options.log.debug)(`accounts: ${message}`),
    },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      password: { hash: hashPassword, verify: verifyPassword },
      resetPasswordTokenExpiresIn: RESET_TOKEN_SECONDS,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ token }) => {
        const slot = libraryCallbacks.getStore();
        if (slot) slot.token = token;
      },
      onPasswordReset: async ({ user }) => {
        const slot = libraryCallbacks.getStore();
        if (slot) slot.userId = user.id;
      },
    },
    user: {
      modelName: 'users',
      fields: { emailVerified: 'email_verified', createdAt: 'created_at', updatedAt: 'updated_at' },
      additionalFields: {
        role: { type: 'string', required: true, input: false, fieldName: 'role' },
        personId: { type: 'string', required: false, input: false, fieldName: 'person_id' },
        isDisabled: { type: 'boolean', required: false, defaultValue: false, input: false, fieldName: 'is_disabled' },
      },
    },
    session: {
      modelName: 'sessions',
      expiresIn: SESSION_SECONDS,
      updateAge: SESSION_REFRESH_SECONDS,
      fields: {
        expiresAt: 'expires_at', createdAt: 'created_at', updatedAt: 'updated_at',
        ipAddress: 'ip_address', userAgent: 'user_agent', userId: 'user_id',
      },
    },
    account: {
      modelName: 'auth_accounts',
      fields: {
        accountId: 'account_id', providerId: 'provider_id', userId: 'user_id',
        accessToken: 'access_token', refreshToken: 'refresh_token', idToken: 'id_token',
        accessTokenExpiresAt: 'access_token_expires_at', refreshTokenExpiresAt: 'refresh_token_expires_at',
        createdAt: 'created_at', updatedAt: 'updated_at',
      },
    },
    verification: {
      modelName: 'verifications',
      // A copy of the database must not hand out working reset links.
      storeIdentifier: 'hashed',
      fields: { expiresAt: 'expires_at', createdAt: 'created_at', updatedAt: 'updated_at' },
    },
    databaseHooks: {
      session: {
        create: {
          // Every way a session can open passes here, so a disabled account never gets one.
          before: async (session) => ((await options.canOpenSession(session.userId)) ? undefined : false),
        },
      },
    },
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      cookiePrefix: 'imprint',
      useSecureCookies: isHttps,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/admin', secure: isHttps },
      database: { generateId: () => newId() },
    },
  });
}

export type AuthLibrary = ReturnType<typeof createAuthLibrary>;
