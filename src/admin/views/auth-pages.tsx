import type { FC } from 'hono/jsx';
import type { FieldIssue } from '../../domain/errors.js';
import { PASSWORD_MIN_LENGTH } from '../../domain/user-account.js';
import type { AdminPage } from '../admin-page.js';
import { AuthLayout } from './auth-layout.js';
import { ErrorSummary, issueFor, PostForm, TextField } from './form-parts.js';

export interface FormState {
  values?: Record<string, string>;
  message?: string | undefined;
  issues?: FieldIssue[];
}

const PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters. A few ordinary words strung together are easy to remember and hard to guess.`;

export const SignInPage: FC<{ page: AdminPage; next: string; state?: FormState }> = ({ page, next, state = {} }) => (
  <AuthLayout page={page} title="Sign in">
    <ErrorSummary message={state.message} issues={state.issues} />
    <PostForm page={page} action="/admin/sign-in" class="stack">
      <input type="hidden" name="next" value={next} />
      <TextField name="email" label="Email address" type="email" value={state.values?.email ?? ''} isRequired autocomplete="username" isAutofocus error={issueFor(state.issues ?? [], 'email')} />
      <TextField name="password" label="Password" type="password" isRequired autocomplete="current-password" error={issueFor(state.issues ?? [], 'password')} />
      <button type="submit" class="button button-primary button-wide">Sign in</button>
    </PostForm>
    <p class="auth-aside"><a href="/admin/forgot-password">Forgot your password?</a></p>
  </AuthLayout>
);

export const ForgotPasswordPage: FC<{ page: AdminPage; state?: FormState; isSent?: boolean }> = ({ page, state = {}, isSent }) => (
  <AuthLayout page={page} title="Reset your password" lede={isSent ? undefined : 'Enter the email address of your account. We will send you a link to choose a new password.'}>
    {isSent ? (
      <div class="notice notice-success" role="status">
        <p>If <strong>{state.values?.email}</strong> belongs to an account, a link to choose a new password is on its way. It works once, within one hour.</p>
        <p>Nothing arrived? Check the spam folder, or ask an administrator of the site.</p>
      </div>
    ) : (
      <>
        <ErrorSummary message={state.message} issues={state.issues} />
        <PostForm page={page} action="/admin/forgot-password" class="stack">
          <TextField name="email" label="Email address" type="email" value={state.values?.email ?? ''} isRequired autocomplete="username" isAutofocus error={issueFor(state.issues ?? [], 'email')} />
          <button type="submit" class="button button-primary button-wide">Email me a link</button>
        </PostForm>
      </>
    )}
    <p class="auth-aside"><a href="/admin/sign-in">Back to sign in</a></p>
  </AuthLayout>
);

export const ResetPasswordPage: FC<{ page: AdminPage; token: string; state?: FormState }> = ({ page, token, state = {} }) => {
  const tokenProblem = issueFor(state.issues ?? [], 'token');
  return (
    <AuthLayout page={page} title="Choose a new password">
      {tokenProblem ? (
        <div class="error-summary" role="alert">
          <h2>This link cannot be used</h2>
          <p>{tokenProblem[0]?.toUpperCase()}{tokenProblem.slice(1)}.</p>
          <p><a href="/admin/forgot-password">Ask for a new link</a></p>
        </div>
      ) : (
        <>
          <ErrorSummary message={state.message} issues={state.issues} />
          <PostForm page={page} action="/admin/reset-password" class="stack">
            <input type="hidden" name="token" value={token} />
            <TextField name="password" label="New password" type="password" hint={PASSWORD_HINT} isRequired autocomplete="new-password" minLength={PASSWORD_MIN_LENGTH} isAutofocus error={issueFor(state.issues ?? [], 'password')} />
            <TextField name="confirm" label="New password again" type="password" isRequired autocomplete="new-password" error={issueFor(state.issues ?? [], 'confirm')} />
            <button type="submit" class="button button-primary button-wide">Set the new password</button>
          </PostForm>
        </>
      )}
    </AuthLayout>
  );
};

export const SetupPage: FC<{ page: AdminPage; state?: FormState }> = ({ page, state = {} }) => (
  <AuthLayout page={page} title="Set up the back office" lede="No one has an account yet. Create the first one: it will be an administrator, who can then add editors and authors.">
    <ErrorSummary message={state.message} issues={state.issues} />
    <PostForm page={page} action="/admin/setup" class="stack">
      <TextField name="name" label="Your name" value={state.values?.name ?? ''} isRequired autocomplete="name" isAutofocus error={issueFor(state.issues ?? [], 'name')} />
      <TextField name="email" label="Email address" type="email" value={state.values?.email ?? ''} hint="You sign in with it, and password-reset links go to it." isRequired autocomplete="username" error={issueFor(state.issues ?? [], 'email')} />
      <TextField name="password" label="Password" type="password" hint={PASSWORD_HINT} isRequired autocomplete="new-password" minLength={PASSWORD_MIN_LENGTH} error={issueFor(state.issues ?? [], 'password')} />
      <TextField name="confirm" label="Password again" type="password" isRequired autocomplete="new-password" error={issueFor(state.issues ?? [], 'confirm')} />
      <button type="submit" class="button button-primary button-wide">Create the administrator account</button>
    </PostForm>
  </AuthLayout>
);
