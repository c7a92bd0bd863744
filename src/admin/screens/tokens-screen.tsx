import type { Hono } from 'hono';
import { createApiToken } from '../../actions/create-api-token.js';
import { listApiTokens } from '../../actions/list-api-tokens.js';
import { revokeApiToken } from '../../actions/revoke-api-token.js';
import { can } from '../../domain/permissions.js';
import { actionContext, type AdminContext, type AdminEnv, type AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin } from '../admin-page.js';
import { formRefusal } from '../form-errors.js';
import { readForm } from '../form-data.js';
import { requireSignedIn } from '../require-permission.js';
import { TokensPage, type TokensPageProps } from '../views/tokens-page.js';

async function tokensPage(c: AdminContext, runtime: AdminRuntime, extra: Pick<TokensPageProps, 'created' | 'state'> = {}, status: 200 | 400 = 200) {
  const ctx = actionContext(c, runtime);
  const [own, all] = await Promise.all([
    listApiTokens(ctx),
    can(ctx.user, 'users.manage') ? listApiTokens(ctx, { scope: 'all' }) : Promise.resolve(null),
  ]);
  return renderAdmin(c, <TokensPage page={await loadAdminPage(c, runtime)} own={own} all={all} {...extra} />, status);
}

/** API tokens of the signed-in user (every role), and everyone's for admins. */
export function registerTokensScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  runtime.nav.add({ id: 'api-tokens', label: 'API tokens', href: '/admin/tokens', section: 'account', description: 'Keys for programs that use the write API as you' });
  const guard = requireSignedIn();

  admin.get('/tokens', guard, (c) => tokensPage(c, runtime));

  // The new token is in this response only (never in a URL, never stored); no-store keeps it out of caches.
  admin.post('/tokens', guard, async (c) => {
    const form = await readForm(c);
    try {
      const { token, info } = await createApiToken(actionContext(c, runtime), { name: form.name ?? '' });
      return await tokensPage(c, runtime, { created: { token, name: info.name } });
    } catch (error) {
      const refusal = formRefusal(c, error, ['invalid']);
      if (!refusal) throw error;
      return tokensPage(c, runtime, { state: { values: form, ...refusal } }, 400);
    }
  });

  admin.post('/tokens/:id/revoke', guard, async (c) => {
    await revokeApiToken(actionContext(c, runtime), { id: c.req.param('id') });
    return c.redirect('/admin/tokens?notice=token-revoked', 303);
  });
}
