import type { FC } from 'hono/jsx';
import type { PreviewLink } from '../../actions/create-preview-link.js';
import type { PdfChoice } from '../../actions/get-pdf-choice.js';
import type { FieldIssue } from '../../domain/errors.js';
import type { Publication } from '../../domain/publication.js';
import type { PublicationEvent } from '../../domain/publication-event.js';
import type { PublicationStatus } from '../../domain/workflow.js';
import type { AdminPage } from '../admin-page.js';
import type { PublicationFormValues } from '../publication-form.js';
import { formatMoment } from '../zoned-time.js';
import { AdminLayout } from './admin-layout.js';
import { CsrfField, ErrorSummary } from './form-parts.js';
import {
  AuthorPicker, BodyEditor, EDITOR_FORM_ID, EditorInput, EditorTextArea, SeriesSelect, TaxonomyPickers, type EditorOptions,
} from './publication-editor-fields.js';
import { FigureDialog, PdfPanel, PreviewLinkPanel } from './publication-editor-panels.js';
import { WorkflowPanel } from './workflow-panel.js';

export interface EditedPublication {
  publication: Publication;
  transitions: readonly PublicationStatus[];
  events: readonly PublicationEvent[];
  previewLink: PreviewLink;
  /** The PDF panel's data, for those who may choose the PDF (publishers); null for others. */
  pdfChoice: PdfChoice | null;
  /** Whether this actor may save changes (an author's item in review may not be). */
  editRefusal: string | null;
}

export interface EditorFormState {
  message?: string | undefined;
  issues?: FieldIssue[];
  /** A save refused because someone saved first: where the refused version was kept. */
  conflict?: { keptRevisionId: string; currentRevision: number } | undefined;
}

export interface PublicationEditorProps {
  page: AdminPage;
  /** Absent: a new publication. */
  edited?: EditedPublication | undefined;
  values: PublicationFormValues;
  options: EditorOptions;
  state?: EditorFormState;
  /** The versioned URL of the editor script, when it is built. */
  editorScript: string | null;
  /** The versioned URL of publications.css. */
  stylesheet: string;
  siteUrl: string;
}

/** The publication editor, for a new item and for an existing one. */
export const PublicationEditorPage: FC<PublicationEditorProps> = ({ page, edited, values, options, state = {}, editorScript, stylesheet, siteUrl }) => {
  const issues = state.issues ?? [];
  const publication = edited?.publication;
  const action = publication ? `/admin/publications/${publication.id}` : '/admin/publications';
  const title = publication ? (values.title || publication.title) : 'New publication';
  const lede = publication
    ? `${publication.code ? `${publication.code} · ` : ''}revision ${publication.revision}, last saved ${formatMoment(publication.updatedAt, page.timeZone)}`
    : 'Write the draft here; it stays private until an editor publishes it.';
  return (
    <AdminLayout page={page} title={title} lede={lede}
      actions={(
        <>
          {publication ? <a href={`/admin/publications/${publication.id}/revisions`} class="button button-secondary">Revisions</a> : null}
          <a href="/admin/publications" class="button button-secondary">All publications</a>
        </>
      )}>
      {state.conflict ? (
        <div class="error-summary conflict-notice" role="alert" tabindex={-1} data-conflict>
          <h2>Someone else saved this publication while you were editing</h2>
          <p>{state.message}</p>
          <p>Your text is still in the form below and was kept in the history. <a href={`/admin/publications/${publication?.id ?? ''}/revisions`}>Compare the two versions</a> or <a href={action}>open the current version</a>.</p>
        </div>
      ) : <ErrorSummary message={state.message} issues={issues} />}
      {edited?.editRefusal ? <p class="notice notice-info" role="status">{`You cannot change this now: ${edited.editRefusal}.`}</p> : null}
      <link rel="stylesheet" href={stylesheet} />
      {/* The form element holds only its hidden fields: every control joins it with form=, so the
          workflow forms can sit between them without nesting one form in another. */}
      <form id={EDITOR_FORM_ID} method="post" action={action} novalidate hidden
        data-editor data-preview-url="/admin/publications/preview" data-figure-url="/admin/publications/figures"
        data-autosave-url={publication ? `/admin/publications/${publication.id}/autosave` : '/admin/publications/autosave'}
        data-can-autosave={edited?.editRefusal ? undefined : 'true'}>
        <CsrfField page={page} />
        <input type="hidden" name="revision" value={values.revision === null ? '' : String(values.revision)} data-revision />
      </form>
      <div class="editor-layout">
        <section class="panel editor-head" aria-label="Title and synopsis">
          <EditorInput name="title" label="Title" value={values.title} issues={issues} isRequired class="title-input" />
          <EditorTextArea name="synopsis" label="Synopsis" value={values.synopsis} issues={issues} rows={3}
            hint="Two or three sentences for listings, feeds and search results." />
        </section>
        <section class="panel editor-save" aria-label="Save">
          <button type="submit" form={EDITOR_FORM_ID} name="_op" value="save" class="button button-primary button-wide" disabled={Boolean(edited?.editRefusal)}>{publication ? 'Save' : 'Save draft'}</button>
          <p class="autosave-status" role="status" aria-live="polite" data-autosave-status>
            {publication ? 'Changes are saved as you pause typing.' : 'Saved as a draft when you save or pause typing.'}
          </p>
        </section>
        <section class="panel editor-body" aria-label="Text">
          <BodyEditor value={values.body} issues={issues} />
        </section>
        <div class="editor-details">
          <section class="panel" aria-labelledby="details-title">
            <h2 class="panel-title" id="details-title">Details</h2>
            <div class="details-grid">
              <SeriesSelect series={options.series} value={values.series} issues={issues} isLocked={Boolean(publication?.code)} />
              <EditorInput name="date" label="Date" value={values.date} issues={issues} isRequired hint="YYYY-MM-DD, or YYYY-MM for series dated by month." />
              <EditorInput name="slug" label="Address" value={values.slug} issues={issues}
                hint={publication?.status === 'draft' || !publication ? 'Leave empty to follow the title while it is a draft.' : 'Part of a cited address: change it only with good reason (the old one redirects).'} />
              <div class="field featured-field">
                <label class="check"><input type="checkbox" name="isFeatured" form={EDITOR_FORM_ID} checked={values.isFeatured} /> <span>Feature on the home page</span></label>
              </div>
            </div>
            <AuthorPicker rows={values.authors} people={options.people} issues={issues} />
            <EditorTextArea name="bio" label="About the authors" value={values.bio} issues={issues} rows={3}
              hint="Markdown; one paragraph per author, printed after the text." />
          </section>
          <section class="panel" aria-labelledby="subjects-title">
            <h2 class="panel-title" id="subjects-title">Subjects</h2>
            <div class="subjects-grid">
              <TaxonomyPickers taxonomies={options.taxonomies} units={options.units} terms={values.terms} unitIds={values.units} />
            </div>
          </section>
          <section class="panel" aria-label="Old addresses">
            <EditorTextArea name="legacyUrls" label="Old addresses" value={values.legacyUrls} issues={issues} rows={2}
              hint="Paths this item had on an earlier site, one per line; they redirect here." />
          </section>
        </div>
        <div class="editor-side">
          {edited ? <WorkflowPanel page={page} publication={edited.publication} transitions={edited.transitions} events={edited.events} /> : (
            <section class="panel"><h2 class="panel-title">Workflow</h2><p class="muted">Once saved, the draft can be submitted for review here.</p></section>
          )}
          {edited ? <PreviewLinkPanel link={edited.previewLink} siteUrl={siteUrl} timeZone={page.timeZone} /> : null}
          {edited?.pdfChoice ? <PdfPanel page={page} publicationId={edited.publication.id} choice={edited.pdfChoice} /> : null}
        </div>
      </div>
      <FigureDialog page={page} />
      {editorScript ? <script type="module" src={editorScript}></script> : null}
    </AdminLayout>
  );
};
