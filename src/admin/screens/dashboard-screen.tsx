import type { FC } from 'hono/jsx';
import type { Hono } from 'hono';
import type { AdminEnv, AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin, type AdminPage } from '../admin-page.js';
import { requireSignedIn } from '../require-permission.js';
import { AdminLayout } from '../views/admin-layout.js';

const DashboardPage: FC<{ page: AdminPage }> = ({ page }) => {
  const shortcuts = page.nav.filter((item) => item.id !== 'dashboard');
  return (
    <AdminLayout page={page} title={`Welcome, ${page.user?.name.split(' ')[0] ?? ''}`} lede={`The back office of ${page.siteName}.`}>
      <ul class="shortcut-grid">
        {shortcuts.map((item) => (
          <li>
            <a href={item.href} class="shortcut">
              <span class="shortcut-label">{item.label}</span>
              {item.description ? <span class="shortcut-text">{item.description}</span> : null}
            </a>
          </li>
        ))}
      </ul>
    </AdminLayout>
  );
};

/** /admin: the landing page after sign-in (a starting point; screens with their own summaries extend it). */
export function registerDashboardScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  runtime.nav.add({ id: 'dashboard', label: 'Dashboard', href: '/admin', section: 'main' });
  admin.get('/', requireSignedIn(), async (c) => renderAdmin(c, <DashboardPage page={await loadAdminPage(c, runtime)} />));
}
