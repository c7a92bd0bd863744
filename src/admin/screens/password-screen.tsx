import type { Hono } from 'hono';
import { requestPasswordReset } from '../../actions/request-password-reset.js';
import { resetPassword } from '../../actions/reset-password.js';
import type { AdminEnv, AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin } from '../admin-page.js';
import { formRefusal } from '../form-errors.js';
import { readForm } from '../form-data.js';
import { ForgotPasswordPage, ResetPasswordPage } from '../views/auth-pages.js';

/** The reset link in emails points here (`?token=`). */
export const RESET_PAGE_PATH = '/admin/reset-password';

/** Forgotten passwords: ask for a link (/admin/forgot-password), then set a new one with it (/admin/reset-password). */
export function registerPasswordScreens(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  admin.get('/forgot-password', async (c) => renderAdmin(c, <ForgotPasswordPage page={await loadAdminPage(c, runtime)} />));

  admin.post('/forgot-password', async (c) => {
    const form = await readForm(c);
    const values = { email: form.email ?? '' };
    try {
      await requestPasswordReset(runtime.context(null), {
        email: values.email, clientAddress: runtime.clientAddress(c), resetPageUrl: `${runtime.baseUrl}${RESET_PAGE_PATH}`,
      });
      return renderAdmin(c, <ForgotPasswordPage page={await loadAdminPage(c, runtime)} state={{ values }} isSent />);
    } catch (error) {
      const refusal = formRefusal(c, error, ['invalid', 'rate_limited']);
      if (!refusal) throw error;
      return renderAdmin(c, <ForgotPasswordPage page={await loadAdminPage(c, runtime)} state={{ values, ...refusal }} />, refusal.status);
    }
  });

  admin.get('/reset-password', async (c) => {
    const token = c.req.query('token') ?? '';
    return renderAdmin(c, <ResetPasswordPage page={await loadAdminPage(c, runtime)} token={token} />);
  });

  admin.post('/reset-password', async (c) => {
    const form = await readForm(c);
    const token = form.token ?? '';
    const page = () => loadAdminPage(c, runtime);
    if ((form.password ?? '') !== (form.confirm ?? '')) {
      const issues = [{ field: 'confirm', message: 'The two passwords are not the same; type the new password twice' }];
      return renderAdmin(c, <ResetPasswordPage page={await page()} token={token} state={{ issues }} />, 400);
    }
    try {
      await resetPassword(runtime.context(null), { token, password: form.password ?? '' });
      return c.redirect('/admin/sign-in?notice=password-changed', 303);
    } catch (error) {
      const refusal = formRefusal(c, error, ['invalid']);
      if (!refusal) throw error;
      return renderAdmin(c, <ResetPasswordPage page={await page()} token={token} state={refusal} />, refusal.status);
    }
  });
}
