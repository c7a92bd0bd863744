import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app.js';
import { getSessionActor } from '../../src/actions/get-session-actor.js';
import { requestPasswordReset } from '../../src/actions/request-password-reset.js';
import { resetPassword } from '../../src/actions/reset-password.js';
import { signIn } from '../../src/actions/sign-in.js';
import { openServices, type Services } from '../../src/services.js';
import { AdminBrowser } from '../authz/support/admin-browser.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { cookieHeader, createRoleUsers, outboxMessages, PASSWORD, resetLinkIn } from './support/account-helpers.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';

const NEW_PASSWORD = 'a brand new passphrase';
const RESET_PAGE = 'https://imprint.test/admin/reset-password';

function tokenOf(link: string): string {
  return decodeURIComponent(new URL(link).searchParams.get('token') ?? '');
}

describe.each(DIALECTS)('password reset on %s', (dialect) => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    vi.useRealTimers();
    for (const close of closers.splice(0).reverse()) await close();
  });
  async function open(): Promise<TestEnv> {
    const env = await openTestEnv(dialect);
    closers.push(() => env.close());
    await createRoleUsers(env);
    return env;
  }

  it('mails a single-use link to the outbox; the new password works, the old one and old sessions do not', async () => {
    const env = await open();
    const ctx = env.context(null);
    const before = await signIn(ctx, { email: 'eve@example.org', password: PASSWORD, clientAddress: '192.0.2.1' });

    await requestPasswordReset(ctx, { email: 'Eve@Example.org', clientAddress: '192.0.2.1', resetPageUrl: RESET_PAGE });
    const [message] = outboxMessages(env.config.dataDir);
    expect(outboxMessages(env.config.dataDir)).toHaveLength(1);
    expect(message).toMatch(/^To: eve@example\.org$/m);
    expect(message).toMatch(/^From: Imprint <no-reply@imprint\.test>$/m);
    expect(message).toMatch(/^Subject: Reset your password for Imprint$/m);
    expect(message).toContain('It works once, within one hour');
    const link = resetLinkIn(message ?? '');
    expect(link.startsWith(`${RESET_PAGE}?token=`)).toBe(true);

    const user = await resetPassword(ctx, { token: tokenOf(link), password: NEW_PASSWORD });
    expect(user.email).toBe('eve@example.org');
    expect(await getSessionActor(ctx, { cookieHeader: cookieHeader(before.cookies) })).toBeNull();
    await expect(signIn(ctx, { email: 'eve@example.org', password: PASSWORD, clientAddress: '192.0.2.1' })).rejects.toMatchObject({ code: 'unauthenticated' });
    expect((await signIn(ctx, { email: 'eve@example.org', password: NEW_PASSWORD, clientAddress: '192.0.2.1' })).actor.role).toBe('editor');

    await expect(resetPassword(ctx, { token: tokenOf(link), password: 'yet another passphrase' }))
      .rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'token', message: 'this reset link has expired or was used already; ask for a new one' }] });
  });

  it('answers the same for unknown addresses and sends nothing; refuses short passwords and made-up tokens', async () => {
    const env = await open();
    const ctx = env.context(null);
    await requestPasswordReset(ctx, { email: 'nobody@example.org', clientAddress: '192.0.2.1', resetPageUrl: RESET_PAGE });
    expect(outboxMessages(env.config.dataDir)).toEqual([]);
    await expect(resetPassword(ctx, { token: 'made-up', password: NEW_PASSWORD })).rejects.toMatchObject({ issues: [{ field: 'token' }] });
    await expect(resetPassword(ctx, { token: 'made-up', password: 'short' })).rejects.toMatchObject({ issues: [{ field: 'password' }] });
  });

  it('lets a link lapse after an hour', async () => {
    const env = await open();
    const ctx = env.context(null);
    await requestPasswordReset(ctx, { email: 'abe@example.org', clientAddress: '192.0.2.1', resetPageUrl: RESET_PAGE });
    const token = tokenOf(resetLinkIn(outboxMessages(env.config.dataDir)[0] ?? ''));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 61 * 60_000);
    await expect(resetPassword(ctx, { token, password: NEW_PASSWORD })).rejects.toMatchObject({ issues: [{ field: 'token' }] });
  });

  it('limits reset requests per email address and says when to retry', async () => {
    const env = await open();
    const ctx = env.context(null);
    for (let i = 0; i < 3; i += 1) await requestPasswordReset(ctx, { email: 'abe@example.org', clientAddress: `192.0.2.${i}`, resetPageUrl: RESET_PAGE });
    await expect(requestPasswordReset(ctx, { email: 'abe@example.org', clientAddress: '192.0.2.99', resetPageUrl: RESET_PAGE }))
      .rejects.toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/^Too many password-reset requests for this email address\. .*try again in 60 minutes/) });
    expect(outboxMessages(env.config.dataDir)).toHaveLength(3);
  });

  it('sends the link over SMTP when IMPRINT_SMTP_URL is set, and the link works in the back office', async () => {
    const env = await open();
    const smtp: SmtpSink = await startSmtpSink();
    closers.push(() => smtp.close());
    // A second app node on the same database, configured with the mail server.
    const node: Services = await openServices({ ...env.config, databaseUrl: env.databaseLocation.url, smtpUrl: smtp.url, mailFrom: 'Institute <web@imprint.test>' });
    closers.push(() => node.close());
    const browser = new AdminBrowser(createApp(node).app);

    const asked = await browser.post('/admin/forgot-password', { email: 'abe@example.org' }, { from: '/admin/forgot-password' });
    expect(asked.status).toBe(200);
    expect(browser.lastHtml).toContain('a link to choose a new password is on its way');
    const mail = await smtp.next();
    expect(mail.to).toEqual(['abe@example.org']);
    expect(mail.from).toBe('web@imprint.test');
    expect(mail.raw).toMatch(/^Subject: Reset your password for Imprint/m);
    expect(outboxMessages(env.config.dataDir)).toEqual([]);

    const link = resetLinkIn(mail.raw);
    const path = link.replace('https://imprint.test', '');
    expect((await browser.get(path)).status).toBe(200);
    const mismatch = await browser.post('/admin/reset-password', { token: tokenOf(link), password: NEW_PASSWORD, confirm: 'something else' });
    expect(mismatch.status).toBe(400);
    expect(browser.lastHtml).toContain('The two passwords are not the same');
    const done = await browser.post('/admin/reset-password', { token: tokenOf(link), password: NEW_PASSWORD, confirm: NEW_PASSWORD }, { from: path });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/admin/sign-in?notice=password-changed');
    const signedIn = await browser.signIn('abe@example.org', NEW_PASSWORD);
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/admin');

    // The used link now says so, and offers a new one.
    const reused = await browser.post('/admin/reset-password', { token: tokenOf(link), password: NEW_PASSWORD, confirm: NEW_PASSWORD }, { from: path });
    expect(reused.status).toBe(400);
    expect(browser.lastHtml).toContain('This link cannot be used');
    expect(browser.lastHtml).toContain('href="/admin/forgot-password"');
  });
});
