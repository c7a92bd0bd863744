import type { Hono } from 'hono';
import { createUser } from '../../actions/create-user.js';
import { getUser } from '../../actions/get-user.js';
import { listPeople } from '../../actions/list-people.js';
import { listUsers } from '../../actions/list-users.js';
import { updateUser } from '../../actions/update-user.js';
import type { ActionContext } from '../../actions/action-context.js';
import { actionContext, type AdminEnv, type AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin } from '../admin-page.js';
import { formRefusal } from '../form-errors.js';
import { readForm } from '../form-data.js';
import { requirePermission } from '../require-permission.js';
import { EditUserPage, NewUserPage, UsersPage, type PersonOption } from '../views/users-pages.js';
import { RESET_PAGE_PATH } from './password-screen.js';

async function personOptions(ctx: ActionContext): Promise<PersonOption[]> {
  const people = await listPeople(ctx);
  return people.map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** Users (admins): list, add (with a password or an emailed invitation), change name, role and person, disable and enable. */
export function registerUsersScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  runtime.nav.add({ id: 'users', label: 'Users', href: '/admin/users', section: 'site', permission: 'users.manage', description: 'Accounts, roles and who writes as whom' });
  const guard = requirePermission('users.manage');

  admin.get('/users', guard, async (c) => {
    const ctx = actionContext(c, runtime);
    const [users, people] = await Promise.all([listUsers(ctx), personOptions(ctx)]);
    return renderAdmin(c, <UsersPage page={await loadAdminPage(c, runtime)} users={users} people={people} />);
  });

  admin.get('/users/new', guard, async (c) => {
    const people = await personOptions(actionContext(c, runtime));
    return renderAdmin(c, <NewUserPage page={await loadAdminPage(c, runtime)} people={people} />);
  });

  admin.post('/users', guard, async (c) => {
    const ctx = actionContext(c, runtime);
    const form = await readForm(c);
    const isInvite = !form.password;
    try {
      await createUser(ctx, {
        name: form.name ?? '', email: form.email ?? '', role: form.role ?? '', person: form.person || null,
        ...(isInvite ? { invite: { pageUrl: `${runtime.baseUrl}${RESET_PAGE_PATH}` } } : { password: form.password }),
      });
      return c.redirect(`/admin/users?notice=${isInvite ? 'user-invited' : 'user-created'}`, 303);
    } catch (error) {
      const refusal = formRefusal(c, error, ['invalid', 'conflict']);
      if (!refusal) throw error;
      const people = await personOptions(ctx);
      return renderAdmin(c, <NewUserPage page={await loadAdminPage(c, runtime)} people={people} state={{ values: form, ...refusal }} />, refusal.status);
    }
  });

  admin.get('/users/:id', guard, async (c) => {
    const ctx = actionContext(c, runtime);
    const [user, people] = await Promise.all([getUser(ctx, { id: c.req.param('id') }), personOptions(ctx)]);
    return renderAdmin(c, <EditUserPage page={await loadAdminPage(c, runtime)} user={user} people={people} />);
  });

  admin.post('/users/:id', guard, async (c) => {
    const ctx = actionContext(c, runtime);
    const form = await readForm(c);
    const id = c.req.param('id');
    try {
      await updateUser(ctx, { id, name: form.name ?? '', role: form.role ?? '', person: form.person || null });
      return c.redirect(`/admin/users/${id}?notice=user-updated`, 303);
    } catch (error) {
      const refusal = formRefusal(c, error, ['invalid', 'conflict']);
      if (!refusal) throw error;
      const [user, people] = await Promise.all([getUser(ctx, { id }), personOptions(ctx)]);
      return renderAdmin(c, <EditUserPage page={await loadAdminPage(c, runtime)} user={user} people={people} state={{ values: form, ...refusal }} />, refusal.status);
    }
  });

  admin.post('/users/:id/status', guard, async (c) => {
    const form = await readForm(c);
    const id = c.req.param('id');
    const isDisabled = form.isDisabled === 'true';
    await updateUser(actionContext(c, runtime), { id, isDisabled });
    return c.redirect(`/admin/users/${id}?notice=${isDisabled ? 'user-disabled' : 'user-enabled'}`, 303);
  });
}
