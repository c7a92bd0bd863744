import type { Hono } from 'hono';
import { isSetupNeeded } from '../../actions/is-setup-needed.js';
import { signIn } from '../../actions/sign-in.js';
import { signOut } from '../../actions/sign-out.js';
import type { AdminEnv, AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin } from '../admin-page.js';
import { formRefusal } from '../form-errors.js';
import { readForm } from '../form-data.js';
import { safeNext } from '../require-permission.js';
import { SignInPage } from '../views/auth-pages.js';

/** GET/POST /admin/sign-in and POST /admin/sign-out. */
export function registerSignInScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  admin.get('/sign-in', async (c) => {
    const next = safeNext(c.req.query('next'));
    if (c.get('actor')) return c.redirect(next, 303);
    if (await isSetupNeeded(runtime.context(null))) return c.redirect('/admin/setup', 303);
    return renderAdmin(c, <SignInPage page={await loadAdminPage(c, runtime)} next={next} />);
  });

  admin.post('/sign-in', async (c) => {
    const form = await readForm(c);
    const next = safeNext(form.next);
    try {
      const result = await signIn(runtime.context(null), {
        email: form.email ?? '',
        password: form.password ?? '',
        clientAddress: runtime.clientAddress(c),
        userAgent: c.req.header('user-agent') ?? '',
      });
      for (const cookie of result.cookies) c.header('Set-Cookie', cookie, { append: true });
      return c.redirect(next, 303);
    } catch (error) {
      const refusal = formRefusal(c, error);
      if (!refusal) throw error;
      const page = await loadAdminPage(c, runtime);
      return renderAdmin(c, <SignInPage page={page} next={next} state={{ values: { email: form.email ?? '' }, ...refusal }} />, refusal.status);
    }
  });

  admin.post('/sign-out', async (c) => {
    const { cookies } = await signOut(runtime.context(null), { cookieHeader: c.req.header('cookie') ?? null });
    for (const cookie of cookies) c.header('Set-Cookie', cookie, { append: true });
    return c.redirect('/admin/sign-in?notice=signed-out', 303);
  });
}
