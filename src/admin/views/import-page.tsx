import type { FC } from 'hono/jsx';
import type { FieldIssue } from '../../domain/errors.js';
import type { Series } from '../../domain/series.js';
import type { AdminPage } from '../admin-page.js';
import { AdminLayout } from './admin-layout.js';
import { ErrorSummary, issueFor, PostForm, SelectField, TextField } from './form-parts.js';

export interface ImportResult {
  outcome: string;
  reason: string;
  title: string;
  publicationId: string | null;
  footnotes: number;
  figures: number;
  warnings: string[];
}

export interface ImportPageProps {
  page: AdminPage;
  series: Series[];
  values?: Record<string, string>;
  error?: { message?: string; issues: FieldIssue[] };
  result?: ImportResult;
}

const OUTCOME_TEXT: Record<string, string> = {
  created: 'Imported as a new publication',
  updated: 'Updated the publication imported from this document before',
  unchanged: 'Nothing to do: this document was imported before and has not changed',
  skipped: 'Not imported',
};

/** Upload a Word document; it becomes a draft publication in the chosen series. */
export const ImportPage: FC<ImportPageProps> = ({ page, series, values = {}, error, result }) => {
  const issues = error?.issues ?? [];
  return (
    <AdminLayout page={page} title="Import a Word document" lede="Headings, emphasis, lists, tables and footnotes are kept; pictures go to the media library with their captions.">
      {result ? (
        <section class="panel" aria-labelledby="import-result-title">
          <h2 id="import-result-title" class="panel-title">{OUTCOME_TEXT[result.outcome] ?? result.outcome}</h2>
          <p>“{result.title}”: {result.reason}. {result.footnotes} footnotes, {result.figures} figures.</p>
          {result.warnings.length ? (
            <>
              <p>Look at these before publishing:</p>
              <ul class="import-warnings">{result.warnings.map((w) => <li>{w}</li>)}</ul>
            </>
          ) : null}
          {result.publicationId ? <p><a class="button button-primary" href={`/admin/publications/${result.publicationId}`}>Open the publication</a></p> : null}
        </section>
      ) : null}
      <section class="panel">
        <h2 class="panel-title">Document</h2>
        <ErrorSummary message={error?.message} issues={issues} />
        <PostForm page={page} action="/admin/import" enctype="multipart/form-data" class="stack">
          <div class={issueFor(issues, 'file') ? 'field has-error' : 'field'}>
            <label for="field-file">Word document (.docx)</label>
            {issueFor(issues, 'file') ? <p class="field-error" id="field-file-error">{issueFor(issues, 'file')}</p> : null}
            <input id="field-file" name="file" type="file" required accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" />
          </div>
          <SelectField name="series" label="Series" value={values.series ?? ''} error={issueFor(issues, 'series')}
            options={[{ value: '', label: 'Choose a series' }, ...series.map((s) => ({ value: s.slug, label: s.name }))]} />
          <TextField name="title" label="Title" value={values.title ?? ''} hint="Only when the document has no paragraph in the Title style." error={issueFor(issues, 'title')} />
          <div class="form-actions"><button type="submit" class="button button-primary">Import as a draft</button></div>
        </PostForm>
      </section>
      <section class="panel">
        <h2 class="panel-title">Whole archives</h2>
        {/* These run for minutes over thousands of files, so they belong to the server's command line, where they resume after an interruption. */}
        <p class="hint">Archived pages of an old website, a WordPress export and a full-site backup are brought in on the server, with progress and a summary of what needs review:</p>
        <ul class="hint">
          <li><code>imprint import pages FOLDER</code>: saved publication pages (HTML or text); old addresses redirect to the new ones.</li>
          <li><code>imprint import wxr export.xml</code>: WordPress posts, pages, authors, categories and tags.</li>
          <li><code>imprint import json BACKUP</code>: a backup written by <code>imprint export json</code>.</li>
        </ul>
        <p class="hint">Pages and WordPress imports take <code>--dry-run</code> to show what they would do first; a restore checks every row before it writes one.</p>
      </section>
    </AdminLayout>
  );
};
