import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withUser } from '../../src/actions/action-context.js';
import { authenticateApiToken } from '../../src/actions/authenticate-api-token.js';
import { createApiToken } from '../../src/actions/create-api-token.js';
import { createFirstAdmin } from '../../src/actions/create-first-admin.js';
import { createUser } from '../../src/actions/create-user.js';
import { getSessionActor } from '../../src/actions/get-session-actor.js';
import { isSetupNeeded } from '../../src/actions/is-setup-needed.js';
import { listApiTokens } from '../../src/actions/list-api-tokens.js';
import { listAuditLog } from '../../src/actions/list-audit-log.js';
import { listUsers } from '../../src/actions/list-users.js';
import { revokeApiToken } from '../../src/actions/revoke-api-token.js';
import { signIn } from '../../src/actions/sign-in.js';
import { updateUser } from '../../src/actions/update-user.js';
import { SYSTEM_ACTOR } from '../../src/domain/permissions.js';
import { seedBasics } from '../support/seed.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { contextOf, cookieHeader, createRoleUsers, PASSWORD } from './support/account-helpers.js';

describe.each(DIALECTS)('account actions on %s', (dialect) => {
  let env: TestEnv;
  beforeEach(async () => {
    env = await openTestEnv(dialect);
  });
  afterEach(async () => {
    await env.close();
  });

  it('creates the first admin once, and only while no account exists', async () => {
    const anonymous = env.context(null);
    expect(await isSetupNeeded(anonymous)).toBe(true);
    const admin = await createFirstAdmin(anonymous, { email: ' Ada@Example.org ', name: 'Ada Admin', password: PASSWORD });
    expect(admin).toMatchObject({ email: 'ada@example.org', role: 'admin', isDisabled: false });
    expect(await isSetupNeeded(anonymous)).toBe(false);
    await expect(createFirstAdmin(anonymous, { email: 'mallory@example.org', name: 'Mallory', password: PASSWORD }))
      .rejects.toMatchObject({ code: 'conflict' });
    expect((await listUsers(contextOf(env, admin))).map((u) => u.email)).toEqual(['ada@example.org']);
  });

  it('lets two racing setups make one admin', async () => {
    const anonymous = env.context(null);
    const results = await Promise.allSettled([
      createFirstAdmin(anonymous, { email: 'one@example.org', name: 'One', password: PASSWORD }),
      createFirstAdmin(anonymous, { email: 'two@example.org', name: 'Two', password: PASSWORD }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await listUsers(withUser(anonymous, SYSTEM_ACTOR))).toHaveLength(1);
  });

  it('gives up the setup claim when the first admin is refused, so setup can be tried again', async () => {
    const anonymous = env.context(null);
    await expect(createFirstAdmin(anonymous, { email: 'ada@example.org', name: 'Ada', password: 'short' }))
      .rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'password' }] });
    await createFirstAdmin(anonymous, { email: 'ada@example.org', name: 'Ada', password: PASSWORD });
    expect(await isSetupNeeded(anonymous)).toBe(false);
  });

  it('creates users for admins only, naming every bad field, refusing a taken address', async () => {
    const users = await createRoleUsers(env);
    const input = { email: 'new@example.org', name: 'New Person', password: PASSWORD, role: 'author' };
    await expect(createUser(env.context(null), input)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(createUser(contextOf(env, users.editor), input)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createUser(contextOf(env, users.author), input)).rejects.toMatchObject({ code: 'forbidden' });

    const admin = contextOf(env, users.admin);
    await expect(createUser(admin, { email: 'not an address', name: '', password: 'short', role: 'boss' })).rejects.toMatchObject({
      code: 'invalid',
      issues: expect.arrayContaining([
        expect.objectContaining({ field: 'email' }), expect.objectContaining({ field: 'name' }),
        expect.objectContaining({ field: 'password' }), expect.objectContaining({ field: 'role' }),
      ]),
    });
    await expect(createUser(admin, { ...input, email: 'EVE@example.org' })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('eve@example.org') });
    await expect(createUser(admin, { ...input, person: 'nobody-here' })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'person' }] });
    expect(await listUsers(admin)).toHaveLength(3);

    const created = await createUser(admin, input);
    expect(created).toMatchObject({ email: 'new@example.org', role: 'author', personId: null });
    const audit = await listAuditLog(admin, { entityKind: 'user', entityId: created.id });
    expect(audit.items[0]).toMatchObject({ action: 'user.create', actorId: users.admin.id, summary: 'Added author new@example.org' });
  });

  it('links a user to a person by slug and lists users by name', async () => {
    const { sarah } = await seedBasics(env);
    const users = await createRoleUsers(env);
    const admin = contextOf(env, users.admin);
    const linked = await createUser(admin, { email: 'sarah@example.org', name: 'Sarah Soh', password: PASSWORD, role: 'author', person: 'sarah-soh' });
    expect(linked.personId).toBe(sarah.id);
    expect((await listUsers(admin)).map((u) => u.name)).toEqual(['Abe Author', 'Ada Admin', 'Eve Editor', 'Sarah Soh']);
    await expect(listUsers(contextOf(env, users.editor))).rejects.toMatchObject({ code: 'forbidden' });
    const session = await signIn(env.context(null), { email: 'sarah@example.org', password: PASSWORD, clientAddress: '10.1.1.1' });
    expect(session.actor).toEqual({ kind: 'user', id: linked.id, name: 'Sarah Soh', role: 'author', personId: sarah.id });
  });

  it('changes roles, and a changed role applies to the next request of a signed-in user', async () => {
    const users = await createRoleUsers(env);
    const { cookies } = await signIn(env.context(null), { email: 'abe@example.org', password: PASSWORD, clientAddress: '10.1.1.1' });
    const admin = contextOf(env, users.admin);
    const promoted = await updateUser(admin, { id: users.author.id, role: 'editor', name: 'Abe Editor' });
    expect(promoted).toMatchObject({ role: 'editor', name: 'Abe Editor' });
    const session = await getSessionActor(env.context(null), { cookieHeader: cookieHeader(cookies) });
    expect(session?.actor).toMatchObject({ role: 'editor', name: 'Abe Editor' });
    await expect(updateUser(contextOf(env, users.editor), { id: users.author.id, role: 'admin' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(updateUser(admin, { id: users.author.id, role: 'owner' })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'role' }] });
    await expect(updateUser(admin, { id: 'no-such-user', role: 'admin' })).rejects.toMatchObject({ code: 'not_found' });
    const audit = await listAuditLog(admin, { entityKind: 'user', entityId: users.author.id });
    expect(audit.items[0]?.summary).toBe('Changed abe@example.org: name "Abe Editor"; role author → editor');
  });

  it('keeps one active admin and does not let an admin disable themselves', async () => {
    const users = await createRoleUsers(env);
    const admin = contextOf(env, users.admin);
    await expect(updateUser(admin, { id: users.admin.id, role: 'editor' })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('only active admin') });
    await expect(updateUser(admin, { id: users.admin.id, isDisabled: true })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('your own account') });
    await updateUser(admin, { id: users.editor.id, role: 'admin' });
    const demoted = await updateUser(admin, { id: users.admin.id, role: 'editor' });
    expect(demoted.role).toBe('editor');
  });

  it('disables a user: sign-in refused with a clear message, sessions and tokens stop; enabling restores sign-in', async () => {
    const users = await createRoleUsers(env);
    const anonymous = env.context(null);
    const { cookies } = await signIn(anonymous, { email: 'eve@example.org', password: PASSWORD, clientAddress: '10.1.1.1' });
    const { token } = await createApiToken(contextOf(env, users.editor), { name: 'Laptop' });
    const admin = contextOf(env, users.admin);

    await updateUser(admin, { id: users.editor.id, isDisabled: true });
    expect(await getSessionActor(anonymous, { cookieHeader: cookieHeader(cookies) })).toBeNull();
    expect(await authenticateApiToken(anonymous, { token })).toBeNull();
    await expect(signIn(anonymous, { email: 'eve@example.org', password: PASSWORD, clientAddress: '10.1.1.1' }))
      .rejects.toMatchObject({ code: 'forbidden', message: 'This account is disabled. Ask an administrator of the site to enable it again.' });
    // A wrong password says nothing about the account being disabled.
    await expect(signIn(anonymous, { email: 'eve@example.org', password: 'wrong password!!', clientAddress: '10.1.1.1' }))
      .rejects.toMatchObject({ code: 'unauthenticated' });

    await updateUser(admin, { id: users.editor.id, isDisabled: false });
    const again = await signIn(anonymous, { email: 'eve@example.org', password: PASSWORD, clientAddress: '10.1.1.1' });
    expect(again.actor.role).toBe('editor');
    expect(await authenticateApiToken(anonymous, { token })).toMatchObject({ id: users.editor.id, role: 'editor' });
  });

  it('makes API tokens: own for anyone signed in, others only for admins; revoked tokens stop', async () => {
    const users = await createRoleUsers(env);
    const anonymous = env.context(null);
    const author = contextOf(env, users.author);
    await expect(createApiToken(anonymous, { name: 'x' })).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(createApiToken(author, { name: 'x', user: 'eve@example.org' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createApiToken(author, { name: ' ' })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'name' }] });

    const own = await createApiToken(author, { name: 'Word add-in' });
    expect(own.token).toMatch(/^imp_[A-Za-z0-9_-]{43}$/);
    expect(own.info).toMatchObject({ name: 'Word add-in', userId: users.author.id, hint: own.token.slice(-4), lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(own.info)).not.toContain(own.token);
    const forEditor = await createApiToken(withUser(anonymous, SYSTEM_ACTOR), { user: 'eve@example.org', name: 'Import' });
    expect(forEditor.user.email).toBe('eve@example.org');

    expect(await authenticateApiToken(anonymous, { token: own.token })).toEqual({ kind: 'user', id: users.author.id, name: 'Abe Author', role: 'author', personId: null });
    expect(await authenticateApiToken(anonymous, { token: `${own.token.slice(0, -1)}x` })).toBeNull();
    expect(await authenticateApiToken(anonymous, { token: 'not-a-token' })).toBeNull();
    expect((await listApiTokens(author)).map((t) => [t.name, t.lastUsedAt !== null])).toEqual([['Word add-in', true]]);
    await expect(listApiTokens(author, { scope: 'all' })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await listApiTokens(contextOf(env, users.admin), { scope: 'all' })).map((t) => t.userEmail).sort()).toEqual(['abe@example.org', 'eve@example.org']);

    // Someone else's token is not the author's to see or revoke.
    await expect(revokeApiToken(author, { id: forEditor.info.id })).rejects.toMatchObject({ code: 'not_found' });
    const revoked = await revokeApiToken(author, { id: own.info.id });
    expect(revoked.revokedAt).not.toBeNull();
    expect(await authenticateApiToken(anonymous, { token: own.token })).toBeNull();
    await revokeApiToken(contextOf(env, users.admin), { id: forEditor.info.id });
    expect(await authenticateApiToken(anonymous, { token: forEditor.token })).toBeNull();
    const audit = await listAuditLog(contextOf(env, users.admin), { entityKind: 'api_token' });
    expect(audit.items.map((e) => e.action).sort()).toEqual(['api_token.create', 'api_token.create', 'api_token.revoke', 'api_token.revoke']);
  });
});
