import type { FC } from 'hono/jsx';
import { ROLES, type Role } from '../../domain/permissions.js';
import { PASSWORD_MIN_LENGTH, type UserAccount } from '../../domain/user-account.js';
import type { AdminPage } from '../admin-page.js';
import { AdminLayout } from './admin-layout.js';
import type { FormState } from './auth-pages.js';
import { ErrorSummary, issueFor, PostForm, SelectField, TextField } from './form-parts.js';

export interface PersonOption {
  id: string;
  name: string;
}

export const ROLE_DESCRIPTIONS: Record<Role, { label: string; text: string }> = {
  admin: { label: 'Administrator', text: 'Everything, including accounts and site settings.' },
  editor: { label: 'Editor', text: 'All content: edits, reviews, schedules and publishes.' },
  author: { label: 'Author', text: 'Writes their own drafts and submits them for review.' },
};

const formatDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export const RoleBadge: FC<{ role: Role }> = ({ role }) => <span class={`badge role-${role}`}>{ROLE_DESCRIPTIONS[role].label}</span>;

export const UsersPage: FC<{ page: AdminPage; users: UserAccount[]; people: PersonOption[] }> = ({ page, users, people }) => {
  const personName = new Map(people.map((p) => [p.id, p.name]));
  const active = users.filter((u) => !u.isDisabled).length;
  return (
    <AdminLayout
      page={page} title="Users"
      lede={`${active} active account${active === 1 ? '' : 's'}${users.length > active ? `, ${users.length - active} disabled` : ''}. Roles decide what each person can do.`}
      actions={<a href="/admin/users/new" class="button button-primary">Add user</a>}
    >
      <div class="panel table-panel">
        <table class="data-table">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Writes as</th><th scope="col">Status</th><th scope="col">Added</th></tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr class={u.isDisabled ? 'is-muted' : undefined}>
                <td><a href={`/admin/users/${u.id}`} class="row-link">{u.name}</a>{u.id === page.actor?.id ? <span class="you"> (you)</span> : null}</td>
                <td>{u.email}</td>
                <td><RoleBadge role={u.role} /></td>
                <td>{u.personId ? personName.get(u.personId) ?? '—' : <span class="muted">—</span>}</td>
                <td>{u.isDisabled ? <span class="badge status-disabled">Disabled</span> : <span class="badge status-active">Active</span>}</td>
                <td class="nowrap">{formatDate(u.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminLayout>
  );
};

const roleOptions = ROLES.map((r) => ({ value: r, label: `${ROLE_DESCRIPTIONS[r].label} — ${ROLE_DESCRIPTIONS[r].text}` }));
const personOptions = (people: PersonOption[]) => [{ value: '', label: 'Nobody in the staff directory' }, ...people.map((p) => ({ value: p.id, label: p.name }))];

export const NewUserPage: FC<{ page: AdminPage; people: PersonOption[]; state?: FormState }> = ({ page, people, state = {} }) => {
  const issues = state.issues ?? [];
  const v = state.values ?? {};
  return (
    <AdminLayout page={page} title="Add user" lede="The new user signs in with their email address.">
      <div class="panel form-panel">
        <ErrorSummary message={state.message} issues={issues} />
        <PostForm page={page} action="/admin/users" class="stack">
          <TextField name="name" label="Name" value={v.name ?? ''} isRequired autocomplete="off" error={issueFor(issues, 'name')} />
          <TextField name="email" label="Email address" type="email" value={v.email ?? ''} isRequired autocomplete="off" error={issueFor(issues, 'email')} />
          <SelectField name="role" label="Role" options={roleOptions} value={v.role ?? 'author'} error={issueFor(issues, 'role')} />
          <SelectField name="person" label="Writes as" hint="Link an author to their staff profile: their publications are then theirs to edit." options={personOptions(people)} value={v.person ?? ''} error={issueFor(issues, 'person')} />
          <TextField name="password" label="Password" type="password" autocomplete="new-password" minLength={PASSWORD_MIN_LENGTH}
            hint={`Leave empty to email them a link to choose their own (recommended). Otherwise at least ${PASSWORD_MIN_LENGTH} characters; give it to them safely.`}
            error={issueFor(issues, 'password')} />
          <div class="form-actions">
            <button type="submit" class="button button-primary">Add user</button>
            <a href="/admin/users" class="button button-secondary">Cancel</a>
          </div>
        </PostForm>
      </div>
    </AdminLayout>
  );
};

export const EditUserPage: FC<{ page: AdminPage; user: UserAccount; people: PersonOption[]; state?: FormState }> = ({ page, user, people, state = {} }) => {
  const issues = state.issues ?? [];
  const v = state.values ?? {};
  const isSelf = user.id === page.actor?.id;
  return (
    <AdminLayout page={page} title={user.name} lede={user.email} actions={<a href="/admin/users" class="button button-secondary">All users</a>}>
      <div class="panel form-panel">
        <h2 class="panel-title">Account</h2>
        <ErrorSummary message={state.message} issues={issues} />
        <PostForm page={page} action={`/admin/users/${user.id}`} class="stack">
          <TextField name="name" label="Name" value={v.name ?? user.name} isRequired autocomplete="off" error={issueFor(issues, 'name')} />
          <SelectField name="role" label="Role" options={roleOptions} value={v.role ?? user.role} error={issueFor(issues, 'role')} />
          <SelectField name="person" label="Writes as" hint="Their publications are those of this staff profile." options={personOptions(people)} value={v.person ?? user.personId ?? ''} error={issueFor(issues, 'person')} />
          <div class="form-actions"><button type="submit" class="button button-primary">Save</button></div>
        </PostForm>
      </div>
      <div class="panel form-panel">
        <h2 class="panel-title">Access</h2>
        {user.isDisabled ? (
          <>
            <p>This account is <strong>disabled</strong>: it cannot sign in and its API tokens are refused.</p>
            <PostForm page={page} action={`/admin/users/${user.id}/status`}>
              <input type="hidden" name="isDisabled" value="false" />
              <button type="submit" class="button button-secondary">Enable the account</button>
            </PostForm>
          </>
        ) : isSelf ? (
          <p class="muted">This is your own account; another admin can disable it.</p>
        ) : (
          <>
            <p>Disabling ends the user’s sessions at once and stops their API tokens. Their work stays.</p>
            <PostForm page={page} action={`/admin/users/${user.id}/status`} confirm={`Disable ${user.email}? They will be signed out at once.`}>
              <input type="hidden" name="isDisabled" value="true" />
              <button type="submit" class="button button-danger">Disable the account</button>
            </PostForm>
          </>
        )}
      </div>
    </AdminLayout>
  );
};
