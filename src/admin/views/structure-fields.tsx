import type { Child, FC } from 'hono/jsx';
import type { FieldIssue } from '../../domain/errors.js';
import type { AdminPage } from '../admin-page.js';
import { AdminLayout } from './admin-layout.js';
import type { FormState } from './auth-pages.js';
import { ErrorSummary, PostForm } from './form-parts.js';

/** Form fields the account screens did not need: long text, numbers, check boxes. */

export interface TextAreaFieldProps {
  name: string;
  label: string;
  value?: string;
  hint?: string;
  error?: string | undefined;
  rows?: number;
  isRequired?: boolean;
  /** Monospace, for Markdown. */
  isCode?: boolean;
}

export const TextAreaField: FC<TextAreaFieldProps> = (p) => {
  const id = `field-${p.name}`;
  const described = [p.hint ? `${id}-hint` : '', p.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={p.error ? 'field has-error' : 'field'}>
      <label for={id}>{p.label}{p.isRequired ? null : <span class="optional"> (optional)</span>}</label>
      {p.hint ? <p class="hint" id={`${id}-hint`}>{p.hint}</p> : null}
      {p.error ? <p class="field-error" id={`${id}-error`}>{p.error}</p> : null}
      <textarea
        id={id} name={p.name} rows={p.rows ?? 5} required={p.isRequired} class={p.isCode ? 'is-code' : undefined}
        aria-describedby={described} aria-invalid={p.error ? 'true' : undefined}
      >{p.value ?? ''}</textarea>
    </div>
  );
};

export const NumberField: FC<{ name: string; label: string; value?: string; hint?: string; error?: string | undefined; min?: number; max?: number }> = (p) => {
  const id = `field-${p.name}`;
  return (
    <div class={p.error ? 'field field-narrow has-error' : 'field field-narrow'}>
      <label for={id}>{p.label}<span class="optional"> (optional)</span></label>
      {p.hint ? <p class="hint" id={`${id}-hint`}>{p.hint}</p> : null}
      {p.error ? <p class="field-error" id={`${id}-error`}>{p.error}</p> : null}
      <input id={id} name={p.name} type="number" inputmode="numeric" step="1" min={p.min} max={p.max} value={p.value ?? ''}
        aria-describedby={p.hint ? `${id}-hint` : undefined} aria-invalid={p.error ? 'true' : undefined} />
    </div>
  );
};

export const CheckboxField: FC<{ name: string; label: string; isChecked: boolean; hint?: string }> = (p) => (
  <div class="field field-check">
    {/* Unchecked boxes send nothing: the hidden "false" before the box makes the choice explicit. */}
    <input type="hidden" name={p.name} value="false" />
    <label><input type="checkbox" name={p.name} value="true" checked={p.isChecked} /> {p.label}</label>
    {p.hint ? <p class="hint">{p.hint}</p> : null}
  </div>
);

/** A refused save: a stale edit says so plainly (the typed values stay in the form below), other refusals list their fields. */
export const SaveProblems: FC<{ state: FormState & { isConflict?: boolean } }> = ({ state }) => state.isConflict ? (
  <div class="error-summary conflict-summary" role="alert" tabindex={-1}>
    <h2>Someone else saved this in the meantime</h2>
    <p>{state.message}</p>
    <p>Your version is kept in the form below and was <strong>not</strong> saved. Open the current version in another tab to compare; saving again replaces it with yours.</p>
  </div>
) : <ErrorSummary message={state.message} issues={state.issues ?? []} />;

export interface EditFrameProps {
  page: AdminPage;
  title: string;
  lede?: string;
  action: string;
  backHref: string;
  backLabel: string;
  state: FormState & { isConflict?: boolean };
  submitLabel: string;
  /** Extra links at the top right, e.g. "View on the site". */
  extraActions?: Child;
  children?: Child;
}

/** The frame every structure edit form shares: header with the way back, problems, the form, save and cancel. */
export const EditFrame: FC<EditFrameProps> = (p) => (
  <AdminLayout page={p.page} title={p.title} lede={p.lede}
    actions={<>{p.extraActions}<a href={p.backHref} class="button button-secondary">{p.backLabel}</a></>}>
    <div class="panel form-panel">
      <SaveProblems state={p.state} />
      <PostForm page={p.page} action={p.action} class="stack">
        {p.children}
        <div class="form-actions">
          <button type="submit" class="button button-primary">{p.submitLabel}</button>
          <a href={p.backHref} class="button button-secondary">Cancel</a>
        </div>
      </PostForm>
    </div>
  </AdminLayout>
);

/** The message for one field, or for any part of it (`links.1.url` answers for `links`). */
export function fieldIssue(issues: readonly FieldIssue[] | undefined, field: string): string | undefined {
  return issues?.find((i) => i.field === field || i.field.startsWith(`${field}.`))?.message;
}
