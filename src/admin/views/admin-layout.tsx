import type { Child, FC } from 'hono/jsx';
import { NAV_SECTION_LABELS, type AdminNavItem, type AdminNavSection } from '../admin-nav.js';
import type { AdminPage } from '../admin-page.js';
import { PostForm } from './form-parts.js';

export interface AdminLayoutProps {
  page: AdminPage;
  title: string;
  /** One line under the title. */
  lede?: string;
  /** Buttons at the right of the page header. */
  actions?: Child;
  children?: Child;
}

const ROLE_LABELS = { admin: 'Administrator', editor: 'Editor', author: 'Author' } as const;

function isCurrent(item: AdminNavItem, path: string): boolean {
  return item.href === '/admin' ? path === '/admin' : path === item.href || path.startsWith(`${item.href}/`);
}

const NavSection: FC<{ section: AdminNavSection; items: AdminNavItem[]; path: string }> = ({ section, items, path }) => {
  if (items.length === 0) return null;
  const label = NAV_SECTION_LABELS[section];
  return (
    <div class="nav-section">
      {label ? <p class="nav-section-label">{label}</p> : null}
      <ul>
        {items.map((item) => (
          <li>
            <a href={item.href} class={isCurrent(item, path) ? 'nav-link is-current' : 'nav-link'} aria-current={isCurrent(item, path) ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
};

/** Head shared by every admin document: no inline script or style anywhere (the CSP forbids them). */
export const AdminHead: FC<{ page: AdminPage; title: string }> = ({ page, title }) => (
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <meta name="csrf-token" content={page.csrfToken} />
    <title>{`${title} · ${page.siteName} back office`}</title>
    <link rel="stylesheet" href={page.assets.css} />
    <script src={page.assets.js} defer></script>
  </head>
);

/** The back office frame: sidebar (nav registry, account), header with title and actions, the notice, the page. */
export const AdminLayout: FC<AdminLayoutProps> = ({ page, title, lede, actions, children }) => {
  const sections: AdminNavSection[] = ['main', 'content', 'site', 'account'];
  return (
    <html lang="en">
      <AdminHead page={page} title={title} />
      <body class="admin">
        <a class="skip-link" href="#main">Skip to content</a>
        <div class="admin-shell">
          <aside class="sidebar" aria-label="Back office">
            <a class="brand" href="/admin">
              <span class="brand-mark" aria-hidden="true">I</span>
              <span class="brand-text"><span class="brand-name">{page.siteName}</span><span class="brand-sub">Back office</span></span>
            </a>
            <nav class="nav" aria-label="Screens">
              {sections.map((section) => <NavSection section={section} items={page.nav.filter((i) => i.section === section)} path={page.path} />)}
            </nav>
            {page.user ? (
              <div class="account">
                <p class="account-name">{page.user.name}</p>
                <p class="account-meta"><span class={`badge role-${page.user.role}`}>{ROLE_LABELS[page.user.role]}</span> <span class="account-email">{page.user.email}</span></p>
                <div class="account-links">
                  <a href="/" class="subtle-link">View site</a>
                  <PostForm page={page} action="/admin/sign-out" class="inline-form">
                    <button type="submit" class="link-button">Sign out</button>
                  </PostForm>
                </div>
              </div>
            ) : null}
          </aside>
          <main id="main" class="main" tabindex={-1}>
            <header class="page-header">
              <div>
                <h1>{title}</h1>
                {lede ? <p class="lede">{lede}</p> : null}
              </div>
              {actions ? <div class="page-actions">{actions}</div> : null}
            </header>
            {page.notice ? <p class={`notice notice-${page.notice.tone}`} role="status">{page.notice.text}</p> : null}
            {children}
          </main>
        </div>
      </body>
    </html>
  );
};
