import { createHash, createHmac, randomBytes } from 'node:crypto';
import { APIError } from 'better-auth';
import type { Kysely } from 'kysely';
import type { Accounts, ActiveSession, PasswordSignIn } from '../domain/accounts.js';
import { conflict, notFound } from '../domain/errors.js';
import { newId } from '../domain/ids.js';
import { isRole } from '../domain/permissions.js';
import { API_TOKEN_PREFIX, normaliseEmail, type ApiTokenInfo, type UserAccount } from '../domain/user-account.js';
import type { StoreDialect } from '../store/dialects/store-dialect.js';
import { createApiTokenRepository } from '../store/repositories/api-token-repository.js';
import { createAuthAttemptRepository } from '../store/repositories/auth-attempt-repository.js';
import { createServerSecretRepository } from '../store/repositories/server-secret-repository.js';
import { createUserRepository, isoOf } from '../store/repositories/user-repository.js';
import type { Database } from '../store/schema.js';
import { CLIENT_ADDRESS_HEADER, createAuthLibrary, libraryCallbacks, type AccountsLog, type AuthLibrary } from './auth-library.js';

export interface AccountsOptions {
  db: Kysely<Database>;
  databaseType: StoreDialect['databaseType'];
  baseUrl: string;
  log: AccountsLog;
}

/** What the library hands back for a user: its fields plus ours (additionalFields). */
interface LibraryUser {
  id: string;
  email: string;
  name: string;
  createdAt: Date | string;
  role?: unknown;
  personId?: unknown;
  isDisabled?: unknown;
}

function userOf(u: LibraryUser): UserAccount {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: typeof u.role === 'string' && isRole(u.role) ? u.role : 'author',
    personId: typeof u.personId === 'string' ? u.personId : null,
    isDisabled: u.isDisabled === true || u.isDisabled === 1,
    createdAt: isoOf(u.createdAt),
  };
}

/** The library's refusal codes that mean "wrong email or password" to a person. */
const INVALID_CREDENTIALS = new Set(['INVALID_EMAIL_OR_PASSWORD', 'INVALID_EMAIL', 'PASSWORD_TOO_LONG', 'PASSWORD_TOO_SHORT']);

function libraryCode(error: unknown): string | undefined {
  if (!(error instanceof APIError)) return undefined;
  const code = (error.body as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const SETUP_CLAIM = 'first-run-setup';

/**
 * Accounts on the shared database: the accounts library for users,
 * passwords, sessions and reset tokens; our repositories for API tokens,
 * attempts and secrets. The library is built on first use, once the
 * migrations have made its tables and the shared secret can be read.
 */
export function createAccounts(options: AccountsOptions): Accounts {
  const users = createUserRepository(options.db);
  const tokens = createApiTokenRepository(options.db);
  const attempts = createAuthAttemptRepository(options.db);
  const secrets = createServerSecretRepository(options.db);
  let rootKey: Promise<Buffer> | undefined;
  let library: Promise<AuthLibrary> | undefined;

  const root = () => (rootKey ??= secrets.getOrCreate('root', new Date().toISOString()).then((value) => Buffer.from(value, 'base64url')));
  const derive = async (purpose: string) => createHmac('sha256', await root()).update(purpose).digest();
  const auth = () => (library ??= derive('session-cookies').then((key) => createAuthLibrary({
    db: options.db,
    databaseType: options.databaseType,
    baseUrl: options.baseUrl,
    secret: key.toString('base64url'),
    log: options.log,
    canOpenSession: async (userId) => (await users.findById(userId))?.isDisabled === false,
  })));
  const internal = async () => (await (await auth()).$context).internalAdapter;
  const cookieHeaders = (cookieHeader: string | null) => new Headers(cookieHeader ? { cookie: cookieHeader } : {});

  return {
    hasUsers: () => users.hasAny(),
    findUser: (id) => users.findById(id),
    findUserByEmail: (email) => users.findByEmail(normaliseEmail(email)),
    listUsers: () => users.list(),

    async createUser(input) {
      const email = normaliseEmail(input.email);
      if (await users.findByEmail(email)) throw conflict(`There is already an account for ${email}`);
      const context = await (await auth()).$context;
      const passwordHash = await context.password.hash(input.password);
      const created = await context.internalAdapter.createUser({
        email, name: input.name, emailVerified: true, role: input.role, personId: input.personId, isDisabled: false,
      }, { method: 'admin' });
      try {
        await context.internalAdapter.linkAccount({ userId: created.id, providerId: 'credential', accountId: created.id, password: passwordHash });
      } catch (error) {
        // No half-made accounts: a user row without a password could never sign in.
        await context.internalAdapter.deleteUser(created.id);
        throw error;
      }
      return userOf(created as LibraryUser);
    },

    async updateUser(id, changes) {
      if (!(await users.findById(id))) throw notFound('User');
      const data = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      const adapter = await internal();
      if (Object.keys(data).length) await adapter.updateUser(id, data);
      if (changes.isDisabled) await adapter.deleteUserSessions(id);
      const updated = await users.findById(id);
      if (!updated) throw notFound('User');
      return updated;
    },

    claimSetup: () => secrets.claim(SETUP_CLAIM, new Date().toISOString()),
    releaseSetup: () => secrets.release(SETUP_CLAIM),

    async signIn(input): Promise<PasswordSignIn> {
      const email = normaliseEmail(input.email);
      const headers = new Headers({ 'user-agent': input.userAgent.slice(0, 300), [CLIENT_ADDRESS_HEADER]: input.address });
      try {
        const result = await (await auth()).api.signInEmail({ body: { email, password: input.password, rememberMe: true }, headers, returnHeaders: true });
        return { kind: 'signed_in', user: userOf(result.response.user as LibraryUser), cookies: result.headers.getSetCookie() };
      } catch (error) {
        const code = libraryCode(error);
        if (code && INVALID_CREDENTIALS.has(code)) return { kind: 'invalid' };
        if (code === 'FAILED_TO_CREATE_SESSION') {
          // The password was right; the session hook refused the account.
          const user = await users.findByEmail(email);
          if (user?.isDisabled) return { kind: 'disabled', user };
        }
        throw error;
      }
    },

    async findSession(cookieHeader): Promise<ActiveSession | null> {
      if (!cookieHeader?.includes('session_token')) return null;
      const result = await (await auth()).api.getSession({ headers: cookieHeaders(cookieHeader), returnHeaders: true });
      const found = result.response;
      if (!found) return null;
      const user = userOf(found.user as LibraryUser);
      if (user.isDisabled) return null;
      return { user, sessionToken: found.session.token, expiresAt: isoOf(found.session.expiresAt), cookies: result.headers.getSetCookie() };
    },

    async signOut(cookieHeader) {
      const library = await auth();
      try {
        const result = await library.api.signOut({ headers: cookieHeaders(cookieHeader), returnHeaders: true });
        return result.headers.getSetCookie();
      } catch (error) {
        // No session to end (already signed out, or expired): nothing to undo.
        if (error instanceof APIError) return [];
        throw error;
      }
    },

    async revokeSessions(userId) {
      await (await internal()).deleteUserSessions(userId);
    },

    async createPasswordReset(email) {
      const user = await users.findByEmail(normaliseEmail(email));
      if (!user || user.isDisabled) return null;
      const library = await auth();
      const slot: { token?: string } = {};
      await libraryCallbacks.run(slot, () => library.api.requestPasswordReset({ body: { email: user.email } }));
      return slot.token ? { user, token: slot.token } : null;
    },

    async resetPassword(token, password) {
      const library = await auth();
      const slot: { userId?: string } = {};
      try {
        await libraryCallbacks.run(slot, () => library.api.resetPassword({ body: { token, newPassword: password } }));
      } catch (error) {
        if (libraryCode(error) === 'INVALID_TOKEN' || libraryCode(error) === 'USER_NOT_FOUND') return null;
        throw error;
      }
      return slot.userId ? ((await users.findById(slot.userId)) ?? null) : null;
    },

    recordAttempt: (attempt) => attempts.insert(attempt),
    listFailureTimes: (query) => attempts.listFailureTimes(query),

    async createApiToken(input) {
      const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
      const info: ApiTokenInfo = {
        id: newId(Date.parse(input.at)), userId: input.userId, name: input.name, hint: token.slice(-4),
        createdAt: input.at, lastUsedAt: null, revokedAt: null,
      };
      await tokens.insert({ ...info, tokenHash: hashApiToken(token) });
      return { token, info };
    },
    findApiToken: (id) => tokens.findById(id),
    listApiTokens: (userId) => tokens.list(userId),
    revokeApiToken: (id, at) => tokens.revoke(id, at),

    async findUserByApiToken(token, at) {
      if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return undefined;
      const info = await tokens.findByHash(hashApiToken(token));
      if (!info || info.revokedAt) return undefined;
      const user = await users.findById(info.userId);
      if (!user || user.isDisabled) return undefined;
      await tokens.noteUse(info, at);
      return { user, token: info };
    },

    deriveKey: (purpose) => derive(`key:${purpose}`),
  };
}
