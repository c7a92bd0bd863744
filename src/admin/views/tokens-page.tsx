import type { FC } from 'hono/jsx';
import type { ApiTokenListing } from '../../actions/list-api-tokens.js';
import type { AdminPage } from '../admin-page.js';
import { AdminLayout } from './admin-layout.js';
import type { FormState } from './auth-pages.js';
import { ErrorSummary, issueFor, PostForm, TextField } from './form-parts.js';

const formatTime = (iso: string | null) => (iso
  ? new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }) + ' UTC'
  : 'Never');

export interface TokensPageProps {
  page: AdminPage;
  own: ApiTokenListing[];
  /** Everyone's tokens, for admins; null for others. */
  all: ApiTokenListing[] | null;
  /** A token just created: shown this once. */
  created?: { token: string; name: string } | undefined;
  state?: FormState;
}

const TokenTable: FC<{ page: AdminPage; tokens: ApiTokenListing[]; showOwner: boolean }> = ({ page, tokens, showOwner }) => (
  <table class="data-table">
    <thead>
      <tr>
        <th scope="col">Name</th>{showOwner ? <th scope="col">Account</th> : null}<th scope="col">Token</th>
        <th scope="col">Created</th><th scope="col">Last used</th><th scope="col">Status</th><th scope="col"><span class="visually-hidden">Actions</span></th>
      </tr>
    </thead>
    <tbody>
      {tokens.map((t) => (
        <tr class={t.revokedAt ? 'is-muted' : undefined}>
          <td>{t.name}</td>
          {showOwner ? <td>{t.userName} <span class="muted">{t.userEmail}</span></td> : null}
          <td><code class="token-hint">imp_…{t.hint}</code></td>
          <td class="nowrap">{formatTime(t.createdAt)}</td>
          <td class="nowrap">{formatTime(t.lastUsedAt)}</td>
          <td>{t.revokedAt ? <span class="badge status-disabled">Revoked</span> : <span class="badge status-active">Active</span>}</td>
          <td class="row-actions">
            {t.revokedAt ? null : (
              <PostForm page={page} action={`/admin/tokens/${t.id}/revoke`} confirm={`Revoke the token "${t.name}"? Programs using it will stop working.`}>
                <button type="submit" class="button button-small button-danger-quiet">Revoke</button>
              </PostForm>
            )}
          </td>
        </tr>
      ))}
    </tbody>
  </table>
);

/** API tokens: make one (shown once), see yours (and, for admins, everyone's), revoke. */
export const TokensPage: FC<TokensPageProps> = ({ page, own, all, created, state = {} }) => (
  <AdminLayout page={page} title="API tokens" lede="A token lets a program use the write API as you, with your role. Keep it secret like a password.">
    {created ? (
      <section class="panel token-created" aria-labelledby="new-token-title">
        <h2 id="new-token-title" class="panel-title">Your new token “{created.name}”</h2>
        <p>Copy it now: it is shown only this once. Send it as <code>Authorization: Bearer &lt;token&gt;</code>.</p>
        <div class="token-box">
          <code id="new-token">{created.token}</code>
          <button type="button" class="button button-secondary button-small" data-copy="new-token">Copy</button>
        </div>
      </section>
    ) : null}
    <section class="panel">
      <h2 class="panel-title">New token</h2>
      <ErrorSummary message={state.message} issues={state.issues} />
      <PostForm page={page} action="/admin/tokens" class="inline-fields">
        <TextField name="name" label="What is it for?" value={state.values?.name ?? ''} hint="For example “Word add-in on my laptop” or “Import script”." isRequired autocomplete="off" error={issueFor(state.issues ?? [], 'name')} />
        <button type="submit" class="button button-primary">Create token</button>
      </PostForm>
    </section>
    <section class="panel table-panel">
      <h2 class="panel-title">Your tokens</h2>
      {own.length ? <TokenTable page={page} tokens={own} showOwner={false} /> : <p class="empty">You have no tokens yet.</p>}
    </section>
    {all ? (
      <section class="panel table-panel">
        <h2 class="panel-title">All accounts’ tokens</h2>
        {all.length ? <TokenTable page={page} tokens={all} showOwner={true} /> : <p class="empty">No account has a token.</p>}
      </section>
    ) : null}
  </AdminLayout>
);
