import type { Hono } from 'hono';
import { createFirstAdmin } from '../../actions/create-first-admin.js';
import { isSetupNeeded } from '../../actions/is-setup-needed.js';
import { signIn } from '../../actions/sign-in.js';
import { conflict } from '../../domain/errors.js';
import type { AdminEnv, AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin } from '../admin-page.js';
import { formRefusal } from '../form-errors.js';
import { readForm } from '../form-data.js';
import { SetupPage } from '../views/auth-pages.js';

/** First run: /admin/setup creates the first admin while no account exists, and is closed for good after. */
export function registerSetupScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  admin.get('/setup', async (c) => {
    if (!(await isSetupNeeded(runtime.context(null)))) return c.redirect(c.get('actor') ? '/admin' : '/admin/sign-in', 303);
    return renderAdmin(c, <SetupPage page={await loadAdminPage(c, runtime)} />);
  });

  admin.post('/setup', async (c) => {
    const form = await readForm(c);
    const values = { name: form.name ?? '', email: form.email ?? '' };
    const ctx = runtime.context(null);
    if (!(await isSetupNeeded(ctx))) throw conflict('The site is already set up; sign in, or ask an administrator for an account');
    if ((form.password ?? '') !== (form.confirm ?? '')) {
      const issues = [{ field: 'confirm', message: 'The two passwords are not the same; type the password twice' }];
      return renderAdmin(c, <SetupPage page={await loadAdminPage(c, runtime)} state={{ values, issues }} />, 400);
    }
    try {
      await createFirstAdmin(ctx, { name: values.name, email: values.email, password: form.password ?? '' });
    } catch (error) {
      const refusal = formRefusal(c, error, ['invalid']);
      if (!refusal) throw error;
      return renderAdmin(c, <SetupPage page={await loadAdminPage(c, runtime)} state={{ values, ...refusal }} />, refusal.status);
    }
    const session = await signIn(ctx, {
      email: values.email, password: form.password ?? '', clientAddress: runtime.clientAddress(c), userAgent: c.req.header('user-agent') ?? '',
    });
    for (const cookie of session.cookies) c.header('Set-Cookie', cookie, { append: true });
    return c.redirect('/admin?notice=setup-done', 303);
  });
}
