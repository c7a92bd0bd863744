import type { Child, FC } from 'hono/jsx';
import type { TaxonomyTerms } from '../../actions/list-terms.js';
import type { FieldIssue } from '../../domain/errors.js';
import type { Series } from '../../domain/series.js';
import type { Unit } from '../../domain/unit.js';
import { unitLabel } from '../../domain/unit.js';
import type { AuthorRow } from '../publication-form.js';
import { issueFor } from './form-parts.js';

/** The id of the editor form: fields outside its element join it with `form=`. */
export const EDITOR_FORM_ID = 'publication-form';

export interface EditorOptions {
  series: Series[];
  people: { id: string; name: string }[];
  taxonomies: TaxonomyTerms[];
  units: Unit[];
}

interface FieldShellProps {
  name: string;
  label: string;
  hint?: string | undefined;
  issues: readonly FieldIssue[];
  isOptional?: boolean;
  children?: Child;
}

/** Label, hint and error around one control whose id is `field-<name>`. */
export const FieldShell: FC<FieldShellProps> = ({ name, label, hint, issues, isOptional, children }) => {
  const error = issueFor(issues, name);
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={`field-${name}`}>{label}{isOptional ? <span class="optional"> (optional)</span> : null}</label>
      {hint ? <p class="hint" id={`field-${name}-hint`}>{hint}</p> : null}
      {error ? <p class="field-error" id={`field-${name}-error`}>{error}</p> : null}
      {children}
    </div>
  );
};

const describedBy = (name: string, hint: unknown, issues: readonly FieldIssue[]) =>
  [hint ? `field-${name}-hint` : '', issueFor(issues, name) ? `field-${name}-error` : ''].filter(Boolean).join(' ') || undefined;

export const EditorInput: FC<{ name: string; label: string; value: string; issues: readonly FieldIssue[]; hint?: string; type?: string; isRequired?: boolean; class?: string }> = (p) => (
  <FieldShell name={p.name} label={p.label} hint={p.hint} issues={p.issues} isOptional={!p.isRequired}>
    <input id={`field-${p.name}`} name={p.name} type={p.type ?? 'text'} value={p.value} required={p.isRequired} form={EDITOR_FORM_ID} class={p.class}
      aria-describedby={describedBy(p.name, p.hint, p.issues)} aria-invalid={issueFor(p.issues, p.name) ? 'true' : undefined} />
  </FieldShell>
);

export const EditorTextArea: FC<{ name: string; label: string; value: string; issues: readonly FieldIssue[]; hint?: string; rows?: number; isOptional?: boolean }> = (p) => (
  <FieldShell name={p.name} label={p.label} hint={p.hint} issues={p.issues} isOptional={p.isOptional ?? true}>
    <textarea id={`field-${p.name}`} name={p.name} rows={p.rows ?? 3} form={EDITOR_FORM_ID}
      aria-describedby={describedBy(p.name, p.hint, p.issues)} aria-invalid={issueFor(p.issues, p.name) ? 'true' : undefined}>{p.value}</textarea>
  </FieldShell>
);

export const SeriesSelect: FC<{ series: Series[]; value: string; issues: readonly FieldIssue[]; isLocked: boolean }> = ({ series, value, issues, isLocked }) => (
  <FieldShell name="series" label="Series" issues={issues}
    hint={isLocked ? 'The code was drawn in this series; moving the item keeps the code.' : 'The series numbers the item when it is published.'}>
    <select id="field-series" name="series" form={EDITOR_FORM_ID} required aria-describedby="field-series-hint">
      {value ? null : <option value="">Choose a series</option>}
      {series.map((s) => <option value={s.id} selected={s.id === value}>{s.codePrefix ? `${s.name} (${s.codePrefix})` : s.name}</option>)}
    </select>
  </FieldShell>
);

/** One button of an author row: submits the form (no JavaScript) or is handled in place by the editor script. */
const RowButton: FC<{ op: string; label: string; text: string; isDisabled?: boolean }> = ({ op, label, text, isDisabled }) => (
  <button type="submit" form={EDITOR_FORM_ID} name="_op" value={op} class="icon-button" aria-label={label} title={label} disabled={isDisabled} formnovalidate>{text}</button>
);

/**
 * The ordered author picker: one row per author, a person of the directory
 * or an outside name. Rows are plain form fields (`authors.N.person`,
 * `authors.N.name`); add, move and remove are submit buttons, so it works
 * without JavaScript, and the editor script does the same in place.
 */
export const AuthorPicker: FC<{ rows: AuthorRow[]; people: { id: string; name: string }[]; issues: readonly FieldIssue[] }> = ({ rows, people, issues }) => {
  const errors = issues.filter((i) => i.field === 'authors' || i.field.startsWith('authors.'));
  return (
    <fieldset class={errors.length ? 'field author-picker has-error' : 'field author-picker'} data-author-picker>
      <legend>Authors</legend>
      <p class="hint">In byline order. Choose a person of the institute, or type an outside author’s name.</p>
      {errors.map((e) => <p class="field-error">{e.message}</p>)}
      <ol class="author-rows" data-author-rows>
        {rows.map((row, i) => (
          <li class="author-row" data-author-row>
            <span class="author-number" aria-hidden="true">{String(i + 1)}</span>
            <div class="author-inputs">
              <label class="visually-hidden" for={`field-authors.${i}.person`}>{`Author ${i + 1}: person`}</label>
              <select id={`field-authors.${i}.person`} name={`authors.${i}.person`} form={EDITOR_FORM_ID} data-author-person>
                <option value="">Outside author (type the name)</option>
                {people.map((p) => <option value={p.id} selected={p.id === row.person}>{p.name}</option>)}
              </select>
              <label class="visually-hidden" for={`field-authors.${i}.name`}>{`Author ${i + 1}: outside name`}</label>
              <input id={`field-authors.${i}.name`} name={`authors.${i}.name`} type="text" value={row.name} form={EDITOR_FORM_ID}
                placeholder="Outside author’s name" data-author-name />
            </div>
            <div class="author-buttons">
              <RowButton op={`author-up:${i}`} label={`Move author ${i + 1} up`} text="↑" isDisabled={i === 0} />
              <RowButton op={`author-down:${i}`} label={`Move author ${i + 1} down`} text="↓" isDisabled={i === rows.length - 1} />
              <RowButton op={`author-remove:${i}`} label={`Remove author ${i + 1}`} text="×" />
            </div>
          </li>
        ))}
      </ol>
      <button type="submit" form={EDITOR_FORM_ID} name="_op" value="author-add" class="button button-secondary button-small" formnovalidate data-author-add>Add an author</button>
    </fieldset>
  );
};

/** A checkbox list: one per taxonomy (themes, regions, ...) and one for research units. */
export const CheckboxPicker: FC<{ name: string; legend: string; choices: { value: string; label: string }[]; checked: readonly string[]; id: string }> = ({ name, legend, choices, checked, id }) => (
  <fieldset class="field check-picker" id={id}>
    <legend>{legend}</legend>
    {choices.length === 0 ? <p class="muted">None defined yet.</p> : (
      <ul class={choices.length > 8 ? 'check-list is-long' : 'check-list'}>
        {choices.map((c) => (
          <li>
            <label class="check">
              <input type="checkbox" name={name} value={c.value} checked={checked.includes(c.value)} form={EDITOR_FORM_ID} />
              <span>{c.label}</span>
            </label>
          </li>
        ))}
      </ul>
    )}
  </fieldset>
);

export const TaxonomyPickers: FC<{ taxonomies: TaxonomyTerms[]; units: Unit[]; terms: readonly string[]; unitIds: readonly string[] }> = ({ taxonomies, units, terms, unitIds }) => (
  <>
    {taxonomies.map(({ taxonomy, terms: choices }) => (
      <CheckboxPicker name="terms" legend={taxonomy.name} id={`field-terms-${taxonomy.slug}`} checked={terms}
        choices={choices.map((t) => ({ value: t.id, label: t.name }))} />
    ))}
    <CheckboxPicker name="units" legend="Research units" id="field-units" checked={unitIds}
      choices={units.map((u) => ({ value: u.id, label: unitLabel(u) }))} />
  </>
);

const TOOLBAR: { action: string; label: string; text: string }[] = [
  { action: 'h2', label: 'Heading', text: 'H2' },
  { action: 'h3', label: 'Subheading', text: 'H3' },
  { action: 'bold', label: 'Bold (Ctrl+B)', text: 'B' },
  { action: 'italic', label: 'Italic (Ctrl+I)', text: 'I' },
  { action: 'link', label: 'Link (Ctrl+K)', text: 'Link' },
  { action: 'ul', label: 'Bulleted list', text: '• List' },
  { action: 'ol', label: 'Numbered list', text: '1. List' },
  { action: 'quote', label: 'Quotation', text: '“ ”' },
  { action: 'footnote', label: 'Footnote', text: 'Note¹' },
  { action: 'figure', label: 'Figure: upload an image', text: 'Figure' },
  { action: 'table', label: 'Table', text: 'Table' },
];

/**
 * The body field: a plain textarea (the form field, so saving works
 * without JavaScript) which the editor script turns into CodeMirror with
 * this toolbar and a live preview beside it.
 */
export const BodyEditor: FC<{ value: string; issues: readonly FieldIssue[] }> = ({ value, issues }) => {
  const error = issueFor(issues, 'body');
  return (
    <div class={error ? 'field body-field has-error' : 'field body-field'}>
      <div class="body-label-row">
        <label for="field-body">Text</label>
        <span class="hint">Markdown: <code>## Heading</code>, <code>**bold**</code>, <code>[^1]</code> footnotes, <code>```figure</code> blocks.</span>
      </div>
      {error ? <p class="field-error" id="field-body-error">{error}</p> : null}
      <div class="md-toolbar" role="toolbar" aria-label="Formatting" aria-controls="field-body" data-md-toolbar hidden>
        {TOOLBAR.map((b) => <button type="button" class={`md-button md-${b.action}`} data-md={b.action} title={b.label} aria-label={b.label}>{b.text}</button>)}
        <span class="md-toolbar-spacer"></span>
        <button type="button" class="md-button md-toggle" data-preview-toggle aria-pressed="true">Preview</button>
      </div>
      <div class="editor-split" data-editor-split>
        <div class="editor-pane">
          <textarea id="field-body" name="body" rows={24} form={EDITOR_FORM_ID} class="body-textarea" spellcheck data-body
            aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'field-body-error' : undefined}>{value}</textarea>
        </div>
        <section class="preview-pane" aria-label="Preview" data-preview hidden>
          <p class="preview-label">Preview <span class="preview-state" data-preview-state></span></p>
          <div class="prose preview-body" data-preview-body></div>
        </section>
      </div>
    </div>
  );
};
