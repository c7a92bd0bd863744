import type { FC } from 'hono/jsx';
import type { MediaPage } from '../../actions/list-media.js';
import type { MediaUsage } from '../../actions/find-media-usage.js';
import { ACCEPTED_TYPES_LABEL } from '../../domain/media-type.js';
import { formatBytes, MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES, mediaUrl, type MediaFile } from '../../domain/media.js';
import type { AdminPage } from '../admin-page.js';
import type { FormRefusal } from '../form-errors.js';
import { formatDay, formatMoment } from '../zoned-time.js';
import { AdminLayout } from './admin-layout.js';
import { ErrorSummary, issueFor, PostForm } from './form-parts.js';

export interface MediaFilters {
  q: string;
  kind: '' | 'image' | 'document';
}

/** The smallest WebP copy at least `width` wide (or the largest there is); the original when there are none. */
export function thumbnailOf(media: MediaFile, width: number): string {
  const sorted = [...media.variants].sort((a, b) => a.width - b.width);
  const fit = sorted.find((v) => v.width >= width) ?? sorted[sorted.length - 1];
  return fit ? mediaUrl(fit.path) : media.url;
}

const TextArea: FC<{ name: string; label: string; value: string; hint?: string; error?: string | undefined; rows?: number; isRequired?: boolean }> = (p) => {
  const id = `field-${p.name}`;
  return (
    <div class={p.error ? 'field has-error' : 'field'}>
      <label for={id}>{p.label}{p.isRequired ? null : <span class="optional"> (optional)</span>}</label>
      {p.hint ? <p class="hint" id={`${id}-hint`}>{p.hint}</p> : null}
      {p.error ? <p class="field-error" id={`${id}-error`}>{p.error}</p> : null}
      <textarea id={id} name={p.name} rows={p.rows ?? 2} aria-describedby={[p.hint ? `${id}-hint` : '', p.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
        aria-invalid={p.error ? 'true' : undefined}>{p.value}</textarea>
    </div>
  );
};

const UploadForm: FC<{ page: AdminPage; refusal?: FormRefusal | undefined; values?: Record<string, string> }> = ({ page, refusal, values = {} }) => {
  const issues = refusal?.issues ?? [];
  const fileError = issueFor(issues, 'file') ?? issueFor(issues, 'bytes') ?? issueFor(issues, 'filename');
  return (
    <section class="panel media-upload" aria-labelledby="upload-title">
      <h2 class="panel-title" id="upload-title">Upload a file</h2>
      <ErrorSummary message={refusal?.message} issues={issues.map((i) => (i.field === 'bytes' || i.field === 'filename' ? { ...i, field: 'file' } : i))} />
      <PostForm page={page} action="/admin/media" enctype="multipart/form-data" class="media-upload-form">
        <div class={fileError ? 'field has-error' : 'field'}>
          <label for="field-file">File</label>
          <p class="hint" id="field-file-hint">{ACCEPTED_TYPES_LABEL}. Images up to {formatBytes(MAX_IMAGE_BYTES)}, PDFs up to {formatBytes(MAX_DOCUMENT_BYTES)}. Images get WebP copies for fast pages.</p>
          {fileError ? <p class="field-error" id="field-file-error">{fileError}</p> : null}
          <input id="field-file" name="file" type="file" required accept="image/jpeg,image/png,image/webp,image/gif,application/pdf"
            aria-describedby={fileError ? 'field-file-hint field-file-error' : 'field-file-hint'} aria-invalid={fileError ? 'true' : undefined} />
        </div>
        <TextArea name="alt" label="Alt text" isRequired value={values.alt ?? ''} hint="For images: what the image shows, for readers who cannot see it. PDFs need none." error={issueFor(issues, 'alt')} />
        <TextArea name="caption" label="Caption" value={values.caption ?? ''} error={issueFor(issues, 'caption')} />
        <TextArea name="credit" label="Credit" value={values.credit ?? ''} rows={1} error={issueFor(issues, 'credit')} />
        <div class="form-actions"><button type="submit" class="button button-primary">Upload</button></div>
      </PostForm>
    </section>
  );
};

function pageHref(filters: MediaFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.kind) params.set('kind', filters.kind);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/admin/media?${query}` : '/admin/media';
}

const MediaCard: FC<{ media: MediaFile }> = ({ media }) => (
  <li class="media-card">
    <a href={`/admin/media/${media.id}`} class="media-card-link">
      <span class="media-thumb">
        {media.kind === 'image'
          ? <img src={thumbnailOf(media, 480)} alt={media.alt} loading="lazy" width={media.width ?? undefined} height={media.height ?? undefined} />
          : <span class="media-doc" aria-hidden="true">PDF</span>}
      </span>
      <span class="media-card-name">{media.originalName}</span>
      <span class="media-card-meta">{media.kind === 'image' && media.width ? `${media.width}×${media.height} · ` : ''}{formatBytes(media.sizeBytes)} · {formatDay(media.createdAt)}</span>
    </a>
  </li>
);

/** The library: upload form, search and type filter, a grid of thumbnails (WebP copies), pages of 30. */
export const MediaLibraryPage: FC<{ page: AdminPage; result: MediaPage; filters: MediaFilters; refusal?: FormRefusal | undefined; values?: Record<string, string> }> = ({ page, result, filters, refusal, values }) => {
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize));
  const isNarrowed = filters.q !== '' || filters.kind !== '';
  return (
    <AdminLayout page={page} title="Media library" lede="Figures, photos and PDF attachments, reusable in any publication or page.">
      <div class="media-layout">
        <div class="media-browse">
          <form method="get" action="/admin/media" class="list-toolbar" role="search">
            <div class="field list-search">
              <label for="media-q">Search names, alt text, captions</label>
              <input id="media-q" name="q" type="search" value={filters.q} maxlength={200} />
            </div>
            <div class="field list-filter">
              <label for="media-kind">Type</label>
              <select id="media-kind" name="kind">
                <option value="">Any</option>
                <option value="image" selected={filters.kind === 'image'}>Images</option>
                <option value="document" selected={filters.kind === 'document'}>PDF documents</option>
              </select>
            </div>
            <div class="list-toolbar-actions">
              <button type="submit" class="button button-secondary">Search</button>
              {isNarrowed ? <a href="/admin/media" class="subtle-link">Clear</a> : null}
            </div>
          </form>
          <p class="list-count" role="status">{result.total === 0 ? (isNarrowed ? 'Nothing matches.' : 'The library is empty: upload the first file with the form beside it.') : `${result.total} file${result.total === 1 ? '' : 's'}${pageCount > 1 ? `, page ${result.page} of ${pageCount}` : ''}`}</p>
          {result.items.length ? <ul class="media-grid">{result.items.map((m) => <MediaCard media={m} />)}</ul> : null}
          {pageCount > 1 ? (
            <nav class="pagination" aria-label="Pages">
              {result.page > 1 ? <a href={pageHref(filters, result.page - 1)} rel="prev" class="button button-secondary button-small">Previous</a> : null}
              <span class="pagination-status">Page {result.page} of {pageCount}</span>
              {result.page < pageCount ? <a href={pageHref(filters, result.page + 1)} rel="next" class="button button-secondary button-small">Next</a> : null}
            </nav>
          ) : null}
        </div>
        <UploadForm page={page} refusal={refusal} values={values} />
      </div>
    </AdminLayout>
  );
};

const USAGE_HREF: Record<MediaUsage['kind'], string> = { publication: '/admin/publications', page: '/admin/pages', person: '/admin/people' };
const USAGE_LABEL: Record<MediaUsage['kind'], string> = { publication: 'Publication', page: 'Page', person: 'Person' };

/** One file: preview, its facts, the description form, where it is used, and delete (refused while used). */
export const MediaDetailPage: FC<{ page: AdminPage; media: MediaFile; usage: MediaUsage[]; canEdit: boolean; isMine: boolean; refusal?: FormRefusal | undefined; values?: Record<string, string> }> = ({ page, media, usage, canEdit, isMine, refusal, values = {} }) => {
  const issues = refusal?.issues ?? [];
  return (
    <AdminLayout page={page} title={media.originalName} lede={`${media.kind === 'image' ? 'Image' : 'PDF document'} · ${formatBytes(media.sizeBytes)} · uploaded ${isMine ? 'by you, ' : ''}${formatMoment(media.createdAt, page.timeZone)}`}
      actions={<a href="/admin/media" class="button button-secondary">All media</a>}>
      <ErrorSummary message={refusal?.message} issues={issues} />
      <div class="media-detail">
        <div class="panel media-preview">
          {media.kind === 'image'
            ? <img src={thumbnailOf(media, 960)} alt={media.alt} width={media.width ?? undefined} height={media.height ?? undefined} />
            : <a href={media.url} class="media-doc media-doc-large">Open the PDF</a>}
          <dl class="media-facts">
            <div><dt>Address</dt><dd><code id="media-address">{media.url}</code> <button type="button" class="button button-small button-secondary" data-copy="media-address">Copy</button></dd></div>
            {media.width ? <div><dt>Size</dt><dd>{media.width} × {media.height} px</dd></div> : null}
            {media.variants.length ? <div><dt>WebP copies</dt><dd>{[...media.variants].sort((a, b) => a.width - b.width).map((v) => `${v.width} px (${formatBytes(v.sizeBytes)})`).join(', ')}</dd></div> : null}
          </dl>
        </div>
        <div class="media-side">
          <section class="panel" aria-labelledby="describe-title">
            <h2 class="panel-title" id="describe-title">Description</h2>
            {canEdit ? (
              <PostForm page={page} action={`/admin/media/${media.id}`} class="stack">
                {media.kind === 'image'
                  ? <TextArea name="alt" label="Alt text" isRequired value={values.alt ?? media.alt} hint="What the image shows, for readers who cannot see it." error={issueFor(issues, 'alt')} />
                  : null}
                <TextArea name="caption" label="Caption" value={values.caption ?? media.caption} error={issueFor(issues, 'caption')} />
                <TextArea name="credit" label="Credit" rows={1} value={values.credit ?? media.credit} error={issueFor(issues, 'credit')} />
                <p class="hint">New figures take this text; figures already in a body keep their own.</p>
                <div class="form-actions"><button type="submit" class="button button-primary">Save</button></div>
              </PostForm>
            ) : (
              <dl class="media-facts"><div><dt>Alt text</dt><dd>{media.alt || '—'}</dd></div><div><dt>Caption</dt><dd>{media.caption || '—'}</dd></div><div><dt>Credit</dt><dd>{media.credit || '—'}</dd></div></dl>
            )}
          </section>
          <section class="panel" aria-labelledby="usage-title">
            <h2 class="panel-title" id="usage-title">Where it is used</h2>
            {usage.length === 0 ? <p class="muted">Not used anywhere yet.</p> : (
              <ul class="usage-list">
                {usage.map((u) => <li><span class="badge usage-kind">{USAGE_LABEL[u.kind]}</span> <a href={`${USAGE_HREF[u.kind]}/${u.id}`}>{u.title}</a> <span class="muted">({u.field})</span></li>)}
              </ul>
            )}
          </section>
          {canEdit ? (
            <section class="panel" aria-labelledby="delete-title">
              <h2 class="panel-title" id="delete-title">Delete</h2>
              {usage.length ? <p class="muted">It cannot be deleted while it is used: remove it from the items above first.</p> : (
                <PostForm page={page} action={`/admin/media/${media.id}/delete`} confirm={`Delete ${media.originalName} for good?`}>
                  <p>Removes the file and its copies. Links to it stop working.</p>
                  <button type="submit" class="button button-danger">Delete the file</button>
                </PostForm>
              )}
            </section>
          ) : null}
        </div>
      </div>
    </AdminLayout>
  );
};
