import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { listUsers } from '../../src/actions/list-users.js';
import { withUser } from '../../src/actions/action-context.js';
import { SYSTEM_ACTOR } from '../../src/domain/permissions.js';
import { AdminBrowser } from '../authz/support/admin-browser.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { createRoleUsers, outboxMessages, PASSWORD } from './support/account-helpers.js';

describe.each(DIALECTS)('back office over HTTP on %s', (dialect) => {
  const envs: TestEnv[] = [];
  afterEach(async () => {
    await Promise.all(envs.splice(0).map((e) => e.close()));
  });
  async function open(options: { withUsers?: boolean } = {}) {
    const env = await openTestEnv(dialect);
    envs.push(env);
    if (options.withUsers !== false) await createRoleUsers(env);
    const { app } = createApp(env);
    return { env, app, browser: () => new AdminBrowser(app) };
  }
  const emails = async (env: TestEnv) => (await listUsers(withUser(env.context(null), SYSTEM_ACTOR))).map((u) => u.email).sort();

  it('sends the first visitor to setup, makes them admin and signs them in, then closes setup', async () => {
    const { env, browser } = await open({ withUsers: false });
    const b = browser();
    for (const path of ['/admin', '/admin/users', '/admin/sign-in']) {
      const response = await b.get(path);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/admin/setup');
    }
    expect((await b.get('/admin/setup')).status).toBe(200);
    const mismatch = await b.post('/admin/setup', { name: 'Ada', email: 'ada@example.org', password: PASSWORD, confirm: 'typo' });
    expect(mismatch.status).toBe(400);
    expect(await emails(env)).toEqual([]);
    const done = await b.post('/admin/setup', { name: 'Ada Admin', email: 'ada@example.org', password: PASSWORD, confirm: PASSWORD });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/admin?notice=setup-done');
    expect((await b.get('/admin?notice=setup-done')).status).toBe(200);
    expect(b.lastHtml).toContain('The site is set up and you are its first admin.');
    expect(b.lastHtml).toContain('Ada Admin');

    const late = browser();
    expect((await late.get('/admin/setup')).headers.get('location')).toBe('/admin/sign-in');
    const refused = await late.post('/admin/setup', { name: 'Mallory', email: 'mallory@example.org', password: PASSWORD, confirm: PASSWORD }, { from: '/admin/sign-in' });
    expect(refused.status).toBe(409);
    expect(await emails(env)).toEqual(['ada@example.org']);
  });

  it('signs in with HttpOnly SameSite cookies, shows wrong-password and rate-limit messages, signs out for good', async () => {
    const { app, browser } = await open();
    const b = browser();
    const anonymous = await b.get('/admin/users');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/admin/sign-in?next=%2Fadmin%2Fusers');

    const wrong = await b.post('/admin/sign-in', { email: 'eve@example.org', password: 'not it at all', next: '/admin/users' }, { from: '/admin/sign-in' });
    expect(wrong.status).toBe(401);
    expect(b.lastHtml).toContain('The email address or password is not right.');
    expect(b.lastHtml).toContain('value="eve@example.org"');

    const signedIn = await b.post('/admin/sign-in', { email: 'eve@example.org', password: PASSWORD, next: '/admin/users' });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/admin/users');
    const sessionCookie = signedIn.headers.getSetCookie().find((c) => c.includes('session_token='));
    expect(sessionCookie).toMatch(/HttpOnly/);
    expect(sessionCookie).toMatch(/SameSite=Lax/);
    expect(sessionCookie).toMatch(/Secure/);
    // An editor is signed in but may not manage users.
    expect((await b.get('/admin/users')).status).toBe(403);
    expect(b.lastHtml).toContain('Your role (editor) cannot open this page');
    expect((await b.get('/admin')).status).toBe(200);

    const kept = b.cookieHeader();
    const out = await b.post('/admin/sign-out', {});
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/admin/sign-in?notice=signed-out');
    const replay = new AdminBrowser(app);
    for (const part of kept.split('; ')) {
      const [name = '', value = ''] = part.split('=');
      replay.cookies.set(name, value);
    }
    expect((await replay.get('/admin')).status).toBe(303);

    // Five failures pause the account; the page says when to retry.
    const c = browser();
    for (let i = 0; i < 5; i += 1) await c.post('/admin/sign-in', { email: 'abe@example.org', password: 'wrong wrong wrong' }, { from: '/admin/sign-in' });
    const paused = await c.post('/admin/sign-in', { email: 'abe@example.org', password: PASSWORD }, { from: '/admin/sign-in' });
    expect(paused.status).toBe(429);
    expect(Number(paused.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(c.lastHtml).toMatch(/Too many failed sign-in attempts for this account\. For safety this is paused: try again in 15 minutes/);
  });

  it('refuses a state-changing request without the right CSRF token or from another site, changing nothing', async () => {
    const { env, app, browser } = await open();
    const admin = browser();
    await admin.signIn('ada@example.org', PASSWORD);
    const token = await admin.csrfToken('/admin/users/new');
    const user = (n: number) => ({ name: `Person ${n}`, email: `person${n}@example.org`, role: 'author', password: PASSWORD });

    const refusals = [
      await admin.post('/admin/users', user(1), { csrf: null }),
      await admin.post('/admin/users', user(2), { csrf: 'not-the-token' }),
      await admin.post('/admin/users', user(3), { csrf: token, headers: { origin: 'https://evil.example' } }),
      await admin.post('/admin/users', user(4), { csrf: token, headers: { 'sec-fetch-site': 'cross-site' } }),
      await admin.request('POST', '/admin/users', { body: new URLSearchParams({ ...user(5), _csrf: token }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'null' } }),
    ];
    // Another browser's token is no good either, even for the same account.
    const other = browser();
    await other.signIn('ada@example.org', PASSWORD);
    refusals.push(await other.post('/admin/users', user(6), { csrf: token }));
    // Nor is a token from before signing in.
    const fresh = new AdminBrowser(app);
    const anonymousToken = await fresh.csrfToken('/admin/sign-in');
    await fresh.signIn('ada@example.org', PASSWORD);
    refusals.push(await fresh.post('/admin/users', user(7), { csrf: anonymousToken }));

    for (const response of refusals) {
      expect(response.status).toBe(403);
      expect(await response.text()).toContain('did not come from this site, so nothing was changed');
    }
    expect(await emails(env)).toEqual(['abe@example.org', 'ada@example.org', 'eve@example.org']);
    const accepted = await admin.post('/admin/users', user(8), { csrf: token });
    expect(accepted.status).toBe(303);
    expect(await emails(env)).toContain('person8@example.org');
    // Sign-out is a state change too.
    expect((await admin.post('/admin/sign-out', {}, { csrf: null })).status).toBe(403);
    expect((await admin.get('/admin')).status).toBe(200);
  });

  it('serves admin pages with no-store, the strict CSP, and no inline script or style', async () => {
    const { browser } = await open();
    const b = browser();
    const pages: string[] = [];
    for (const path of ['/admin/sign-in', '/admin/forgot-password', '/admin/reset-password?token=x']) {
      const response = await b.get(path);
      expect(response.headers.get('cache-control')).toBe('no-store');
      pages.push(b.lastHtml);
    }
    await b.signIn('ada@example.org', PASSWORD);
    for (const path of ['/admin', '/admin/users', '/admin/users/new', '/admin/tokens', '/admin/no-such-page']) {
      const response = await b.get(path);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
      pages.push(b.lastHtml);
    }
    for (const html of pages) {
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toMatch(/\son[a-z]+=/);
      expect(html).not.toContain('<style');
    }
    const css = await b.get(pages[3]?.match(/href="(\/admin\/assets\/admin\.css\?v=[^"]+)"/)?.[1] ?? '/admin/assets/admin.css');
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(css.headers.get('cache-control')).toContain('immutable');
  });

  it('adds a user by invitation, changes the role, disables them (ending their session), escaping every value', async () => {
    const { env, browser } = await open();
    const admin = browser();
    await admin.signIn('ada@example.org', PASSWORD);
    const hostile = '<script>alert("x")</script> & "Co"';
    const added = await admin.post('/admin/users', { name: hostile, email: 'guest@example.org', role: 'author', person: '', password: '' }, { from: '/admin/users/new' });
    expect(added.headers.get('location')).toBe('/admin/users?notice=user-invited');
    await admin.get('/admin/users?notice=user-invited');
    expect(admin.lastHtml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Co&quot;');
    expect(admin.lastHtml).not.toContain('<script>alert');
    const [invitation] = outboxMessages(env.config.dataDir);
    expect(invitation).toMatch(/^Subject: Your account at Imprint$/m);
    expect(invitation).toContain('as an author');

    const bad = await admin.post('/admin/users', { name: 'X', email: 'not-an-address', role: 'author', password: 'short' }, { from: '/admin/users/new' });
    expect(bad.status).toBe(400);
    expect(admin.lastHtml).toContain('must be an email address');
    expect(admin.lastHtml).toContain('must be at least 12 characters');

    const editor = browser();
    await editor.signIn('eve@example.org', PASSWORD);
    const everyone = await listUsers(withUser(env.context(null), SYSTEM_ACTOR));
    const eve = everyone.find((u) => u.email === 'eve@example.org');
    const ada = everyone.find((u) => u.email === 'ada@example.org');
    const promoted = await admin.post(`/admin/users/${eve?.id}`, { name: 'Eve Editor', role: 'admin', person: '' }, { from: `/admin/users/${eve?.id}` });
    expect(promoted.headers.get('location')).toBe(`/admin/users/${eve?.id}?notice=user-updated`);
    expect((await editor.get('/admin/users')).status).toBe(200);

    const disabled = await admin.post(`/admin/users/${eve?.id}/status`, { isDisabled: 'true' }, { from: `/admin/users/${eve?.id}` });
    expect(disabled.headers.get('location')).toBe(`/admin/users/${eve?.id}?notice=user-disabled`);
    const after = await editor.get('/admin/users');
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toContain('/admin/sign-in');
    const self = await admin.post(`/admin/users/${ada?.id}/status`, { isDisabled: 'true' }, { from: '/admin/users' });
    expect(self.status).toBe(409);
    expect(admin.lastHtml).toContain('You cannot disable your own account');
  });

  it('shows a new API token once, lets it write through the API, and revoking it gives 401', async () => {
    const { browser } = await open();
    const author = browser();
    await author.signIn('abe@example.org', PASSWORD);
    const created = await author.post('/admin/tokens', { name: 'Word add-in' }, { from: '/admin/tokens' });
    expect(created.status).toBe(200);
    const token = /<code id="new-token">(imp_[A-Za-z0-9_-]+)<\/code>/.exec(author.lastHtml)?.[1] ?? '';
    expect(token).toMatch(/^imp_/);
    await author.get('/admin/tokens');
    expect(author.lastHtml).not.toContain(token);
    expect(author.lastHtml).toContain(`imp_…${token.slice(-4)}`);

    const api = (b: AdminBrowser) => b.request('POST', '/api/v1/publications', {
      body: JSON.stringify({}), headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    // Known token: the request reaches the action (which names the missing fields).
    expect((await api(author)).status).toBe(400);
    const tokenId = /action="\/admin\/tokens\/([^/]+)\/revoke"/.exec(author.lastHtml)?.[1];
    const revoked = await author.post(`/admin/tokens/${tokenId}/revoke`, {});
    expect(revoked.headers.get('location')).toBe('/admin/tokens?notice=token-revoked');
    const refused = await api(author);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="imprint", error="invalid_token"');
  });
});
