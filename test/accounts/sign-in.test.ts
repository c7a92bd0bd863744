import { afterEach, describe, expect, it } from 'vitest';
import { getSessionActor } from '../../src/actions/get-session-actor.js';
import { signIn } from '../../src/actions/sign-in.js';
import { signOut } from '../../src/actions/sign-out.js';
import { DomainError } from '../../src/domain/errors.js';
import { DIALECTS, manualClock, openTestEnv, type TestEnv } from '../support/test-services.js';
import { cookieHeader, createRoleUsers, PASSWORD } from './support/account-helpers.js';

const WRONG = 'not the password at all';

async function refusal(work: Promise<unknown>): Promise<DomainError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe.each(DIALECTS)('sign-in on %s', (dialect) => {
  const envs: TestEnv[] = [];
  afterEach(async () => {
    await Promise.all(envs.splice(0).map((e) => e.close()));
  });
  async function open(options: Parameters<typeof openTestEnv>[1] = {}) {
    const env = await openTestEnv(dialect, options);
    envs.push(env);
    await createRoleUsers(env);
    return env;
  }

  it('opens a session for the right password, whatever the case of the address, and names no half of a wrong pair', async () => {
    const env = await open();
    const ctx = env.context(null);
    const result = await signIn(ctx, { email: '  EVE@Example.ORG ', password: PASSWORD, clientAddress: '192.0.2.1', userAgent: 'Test' });
    expect(result.actor).toMatchObject({ kind: 'user', role: 'editor', name: 'Eve Editor' });
    const session = await getSessionActor(ctx, { cookieHeader: cookieHeader(result.cookies) });
    expect(session?.user.email).toBe('eve@example.org');

    const wrongPassword = await refusal(signIn(ctx, { email: 'eve@example.org', password: WRONG, clientAddress: '192.0.2.1' }));
    const unknownAccount = await refusal(signIn(ctx, { email: 'nobody@example.org', password: WRONG, clientAddress: '192.0.2.1' }));
    expect(wrongPassword).toMatchObject({ code: 'unauthenticated', message: 'The email address or password is not right. Check both and try again.' });
    expect(unknownAccount.message).toBe(wrongPassword.message);
    expect(await refusal(signIn(ctx, { email: '', password: '', clientAddress: '192.0.2.1' }))).toMatchObject({
      code: 'invalid', issues: [{ field: 'email', message: 'enter your email address' }, { field: 'password', message: 'enter your password' }],
    });
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, limited to /admin, and Secure behind https only', async () => {
    const https = await open({ baseUrl: 'https://imprint.test' });
    const secure = (await signIn(https.context(null), { email: 'ada@example.org', password: PASSWORD, clientAddress: '192.0.2.1' })).cookies;
    expect(secure).toHaveLength(1);
    expect(secure[0]).toMatch(/^__Secure-imprint\.session_token=[^;]+; Max-Age=86400; Path=\/admin; HttpOnly; Secure; SameSite=Lax$/);

    const http = await open({ baseUrl: 'http://127.0.0.1:3000' });
    const plain = (await signIn(http.context(null), { email: 'ada@example.org', password: PASSWORD, clientAddress: '192.0.2.1' })).cookies;
    expect(plain[0]).toMatch(/^imprint\.session_token=[^;]+;/);
    expect(plain[0]).toContain('HttpOnly');
    expect(plain[0]).toContain('SameSite=Lax');
    expect(plain[0]).not.toContain('Secure');
  });

  it('signs out: the session stops working even if the cookie is kept', async () => {
    const env = await open();
    const ctx = env.context(null);
    const { cookies } = await signIn(ctx, { email: 'abe@example.org', password: PASSWORD, clientAddress: '192.0.2.1' });
    const kept = cookieHeader(cookies);
    expect(await getSessionActor(ctx, { cookieHeader: kept })).not.toBeNull();
    const out = await signOut(ctx, { cookieHeader: kept });
    expect(out.cookies.some((c) => /session_token=;.*Max-Age=0/.test(c))).toBe(true);
    expect(await getSessionActor(ctx, { cookieHeader: kept })).toBeNull();
    expect(await getSessionActor(ctx, { cookieHeader: 'imprint.session_token=forged.value' })).toBeNull();
  });

  it('pauses an account after five failures for fifteen minutes, saying when to retry, from any address', async () => {
    const clock = manualClock('2025-03-03T09:00:00.000Z');
    const env = await open({ clock });
    const ctx = env.context(null);
    for (let i = 1; i <= 5; i += 1) {
      const error = await refusal(signIn(ctx, { email: 'eve@example.org', password: WRONG, clientAddress: `198.51.100.${i}` }));
      expect(error.code).toBe('unauthenticated');
      if (i === 3) expect(error.message).toContain('2 more failed attempts will pause sign-in for this account for 15 minutes.');
      if (i === 4) expect(error.message).toContain('1 more failed attempt will pause');
      clock.advance(60_000);
    }
    // Now 09:05; the first failure (09:00) leaves the window at 09:15.
    const paused = await refusal(signIn(ctx, { email: 'eve@example.org', password: PASSWORD, clientAddress: '203.0.113.9' }));
    expect(paused).toMatchObject({ code: 'rate_limited', details: { retryAfterSeconds: 600 } });
    expect(paused.message).toBe('Too many failed sign-in attempts for this account. For safety this is paused: try again in 10 minutes (after 09:15 UTC).');
    // Other accounts are not affected.
    expect((await signIn(ctx, { email: 'abe@example.org', password: PASSWORD, clientAddress: '198.51.100.1' })).actor.role).toBe('author');

    clock.set('2025-03-03T09:15:00.000Z');
    expect((await signIn(ctx, { email: 'eve@example.org', password: PASSWORD, clientAddress: '203.0.113.9' })).actor.role).toBe('editor');
  });

  it('starts an account afresh after a successful sign-in', async () => {
    const clock = manualClock('2025-03-03T09:00:00.000Z');
    const env = await open({ clock });
    const ctx = env.context(null);
    for (let i = 0; i < 4; i += 1) await refusal(signIn(ctx, { email: 'eve@example.org', password: WRONG, clientAddress: '198.51.100.1' }));
    clock.advance(1000);
    await signIn(ctx, { email: 'eve@example.org', password: PASSWORD, clientAddress: '198.51.100.1' });
    clock.advance(1000);
    for (let i = 0; i < 4; i += 1) {
      expect((await refusal(signIn(ctx, { email: 'eve@example.org', password: WRONG, clientAddress: '198.51.100.1' }))).code).toBe('unauthenticated');
    }
  });

  it('pauses an address after twenty failures, whichever accounts they tried', async () => {
    const clock = manualClock('2025-03-03T09:00:00.000Z');
    const env = await open({ clock });
    const ctx = env.context(null);
    for (let i = 0; i < 20; i += 1) {
      await refusal(signIn(ctx, { email: `guess${i}@example.org`, password: WRONG, clientAddress: '198.51.100.66' }));
      clock.advance(10_000);
    }
    const paused = await refusal(signIn(ctx, { email: 'ada@example.org', password: PASSWORD, clientAddress: '198.51.100.66' }));
    expect(paused.code).toBe('rate_limited');
    expect(paused.message).toMatch(/^Too many failed sign-in attempts from your network address\. .*try again in \d+ minutes? \(after 09:15 UTC\)\.$/);
    // The same account from another address is fine: the limit is the address's.
    expect((await signIn(ctx, { email: 'ada@example.org', password: PASSWORD, clientAddress: '198.51.100.67' })).actor.role).toBe('admin');
  });
});
