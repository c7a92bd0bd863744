import type { Child, FC } from 'hono/jsx';
import type { AdminPage } from '../admin-page.js';
import { AdminHead } from './admin-layout.js';

/** The narrow centred card of the sign-in, password and setup pages. */
export const AuthLayout: FC<{ page: AdminPage; title: string; lede?: string; children?: Child }> = ({ page, title, lede, children }) => (
  <html lang="en">
    <AdminHead page={page} title={title} />
    <body class="auth">
      <main id="main" class="auth-main">
        <div class="auth-brand">
          <span class="brand-mark" aria-hidden="true">I</span>
          <span class="brand-text"><span class="brand-name">{page.siteName}</span><span class="brand-sub">Back office</span></span>
        </div>
        <div class="auth-card">
          <h1>{title}</h1>
          {lede ? <p class="lede">{lede}</p> : null}
          {page.notice ? <p class={`notice notice-${page.notice.tone}`} role="status">{page.notice.text}</p> : null}
          {children}
        </div>
        <p class="auth-footer"><a href="/">Back to the website</a></p>
      </main>
    </body>
  </html>
);
