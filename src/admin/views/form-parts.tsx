import type { Child, FC } from 'hono/jsx';
import type { FieldIssue } from '../../domain/errors.js';
import { CSRF_FIELD } from '../../http/csrf.js';
import type { AdminPage } from '../admin-page.js';

/** The hidden CSRF field every state-changing form must carry (checked by csrf-middleware.ts). */
export const CsrfField: FC<{ page: AdminPage }> = ({ page }) => <input type="hidden" name={CSRF_FIELD} value={page.csrfToken} />;

export interface PostFormProps {
  page: AdminPage;
  action: string;
  class?: string;
  /** Ask before submitting (admin.js shows a confirm dialog). */
  confirm?: string;
  enctype?: 'multipart/form-data';
  children?: Child;
}

/** A POST form with its CSRF field: use this for every form that changes something. */
export const PostForm: FC<PostFormProps> = ({ page, action, class: className, confirm, enctype, children }) => (
  <form method="post" action={action} class={className} data-confirm={confirm} enctype={enctype}>
    <CsrfField page={page} />
    {children}
  </form>
);

/** The message for one field, from a DomainError's issues. */
export function issueFor(issues: readonly FieldIssue[], field: string): string | undefined {
  return issues.find((i) => i.field === field)?.message;
}

export interface TextFieldProps {
  name: string;
  label: string;
  value?: string;
  type?: 'text' | 'email' | 'password' | 'search' | 'url';
  hint?: string;
  error?: string | undefined;
  isRequired?: boolean;
  autocomplete?: string;
  isAutofocus?: boolean;
  minLength?: number;
}

export const TextField: FC<TextFieldProps> = (p) => {
  const id = `field-${p.name}`;
  const described = [p.hint ? `${id}-hint` : '', p.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={p.error ? 'field has-error' : 'field'}>
      <label for={id}>{p.label}{p.isRequired ? null : <span class="optional"> (optional)</span>}</label>
      {p.hint ? <p class="hint" id={`${id}-hint`}>{p.hint}</p> : null}
      {p.error ? <p class="field-error" id={`${id}-error`}>{p.error}</p> : null}
      <input
        id={id} name={p.name} type={p.type ?? 'text'} value={p.type === 'password' ? undefined : p.value}
        required={p.isRequired} autocomplete={p.autocomplete} autofocus={p.isAutofocus} minlength={p.minLength}
        aria-describedby={described} aria-invalid={p.error ? 'true' : undefined}
      />
    </div>
  );
};

export interface SelectFieldProps {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string;
  hint?: string;
  error?: string | undefined;
}

export const SelectField: FC<SelectFieldProps> = (p) => {
  const id = `field-${p.name}`;
  return (
    <div class={p.error ? 'field has-error' : 'field'}>
      <label for={id}>{p.label}</label>
      {p.hint ? <p class="hint" id={`${id}-hint`}>{p.hint}</p> : null}
      {p.error ? <p class="field-error">{p.error}</p> : null}
      <select id={id} name={p.name} aria-describedby={p.hint ? `${id}-hint` : undefined}>
        {p.options.map((o) => <option value={o.value} selected={o.value === p.value}>{o.label}</option>)}
      </select>
    </div>
  );
};

/** The problems of a refused form, linked to their fields, at the top of the form. */
export const ErrorSummary: FC<{ message?: string | undefined; issues?: readonly FieldIssue[] }> = ({ message, issues = [] }) => {
  if (!message && issues.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <h2>{issues.length ? 'Please correct this' : 'That did not work'}</h2>
      {message && issues.length === 0 ? <p>{message}</p> : null}
      {issues.length ? (
        <ul>{issues.map((i) => <li><a href={`#field-${i.field}`}>{i.message}</a></li>)}</ul>
      ) : null}
    </div>
  );
};
