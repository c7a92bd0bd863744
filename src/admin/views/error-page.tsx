import type { FC } from 'hono/jsx';
import type { FieldIssue } from '../../domain/errors.js';
import type { AdminPage } from '../admin-page.js';
import { AdminLayout } from './admin-layout.js';
import { AuthLayout } from './auth-layout.js';

const TITLES: Record<number, string> = {
  400: 'Something in the request is not right',
  403: 'Not allowed',
  404: 'Not found',
  409: 'That cannot be done now',
  429: 'Please wait a moment',
  500: 'Something went wrong on our side',
};

export interface ErrorPageProps {
  page: AdminPage;
  status: number;
  message?: string | undefined;
  issues?: readonly FieldIssue[];
}

const ErrorBody: FC<Omit<ErrorPageProps, 'page'> & { isSignedIn: boolean }> = ({ status, message, issues = [], isSignedIn }) => (
  <section class={`panel error-panel status-${status}`}>
    <p class="error-status">Error {status}</p>
    <p class="error-message">{message ?? (status >= 500 ? 'The problem was logged. Try again in a moment; if it keeps happening, tell the site’s administrator.' : 'This page does not exist.')}</p>
    {issues.length ? <ul class="error-issues">{issues.map((i) => <li><code>{i.field}</code>: {i.message}</li>)}</ul> : null}
    <p class="error-links">
      {isSignedIn ? <a href="/admin" class="button button-secondary">Go to the dashboard</a> : <a href="/admin/sign-in" class="button button-secondary">Go to sign in</a>}
    </p>
  </section>
);

/** Errors render inside the back office's own frame: the sidebar for signed-in users, the sign-in card otherwise. */
export const ErrorPage: FC<ErrorPageProps> = ({ page, status, message, issues }) => {
  const title = TITLES[status] ?? `Error ${status}`;
  return page.actor
    ? <AdminLayout page={page} title={title}><ErrorBody status={status} message={message} issues={issues} isSignedIn={true} /></AdminLayout>
    : <AuthLayout page={page} title={title}><ErrorBody status={status} message={message} issues={issues} isSignedIn={false} /></AuthLayout>;
};
