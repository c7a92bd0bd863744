import type { FC } from 'hono/jsx';
import type { PreviewLink } from '../../actions/create-preview-link.js';
import type { PdfChoice } from '../../actions/get-pdf-choice.js';
import { formatBytes } from '../../domain/media.js';
import type { AdminPage } from '../admin-page.js';
import { formatMoment } from '../zoned-time.js';
import { CsrfField, PostForm } from './form-parts.js';

/** The private preview link: the page as the site will show it, for anyone who has the link. */
export const PreviewLinkPanel: FC<{ link: PreviewLink; siteUrl: string; timeZone: string }> = ({ link, siteUrl, timeZone }) => {
  const url = `${siteUrl}${link.path}`;
  return (
    <section class="panel preview-link-panel" aria-labelledby="preview-link-title">
      <h2 class="panel-title" id="preview-link-title">Private preview</h2>
      <p class="hint">Anyone with this link sees the page as it will look, even unpublished. Search engines are told not to index it. It works until {formatMoment(link.expiresAt, timeZone)}.</p>
      <p class="preview-link"><code id="preview-link-url">{url}</code></p>
      <p class="preview-link-actions">
        <a href={link.path} class="button button-secondary button-small" target="_blank" rel="noopener" data-preview-link>Open preview</a>
        <button type="button" class="button button-secondary button-small" data-copy="preview-link-url">Copy link</button>
      </p>
    </section>
  );
};

/**
 * The figure dialog the toolbar's Figure button opens: the image goes to
 * the media library (alt text, caption and credit required) and a
 * ```figure block is put in the text at the cursor.
 */
export const FigureDialog: FC<{ page: AdminPage }> = ({ page }) => (
  <dialog class="figure-dialog" aria-labelledby="figure-dialog-title" data-figure-dialog>
    <form method="post" action="/admin/publications/figures" enctype="multipart/form-data" class="stack" data-figure-form>
      <CsrfField page={page} />
      <h2 id="figure-dialog-title">Add a figure</h2>
      <p class="field-error" role="alert" data-figure-error hidden></p>
      <div class="field">
        <label for="figure-file">Image</label>
        <p class="hint" id="figure-file-hint">JPEG, PNG, WebP or GIF, at most 20 MB.</p>
        <input id="figure-file" name="file" type="file" accept="image/jpeg,image/png,image/webp,image/gif" required aria-describedby="figure-file-hint" />
      </div>
      <div class="field">
        <label for="figure-alt">Alt text</label>
        <p class="hint" id="figure-alt-hint">What the image shows, for readers who cannot see it.</p>
        <input id="figure-alt" name="alt" type="text" required maxlength={1000} aria-describedby="figure-alt-hint" />
      </div>
      <div class="field">
        <label for="figure-caption">Caption</label>
        <input id="figure-caption" name="caption" type="text" required maxlength={2000} />
      </div>
      <div class="field">
        <label for="figure-credit">Credit</label>
        <p class="hint" id="figure-credit-hint">Who made it and under which licence.</p>
        <input id="figure-credit" name="credit" type="text" required maxlength={500} aria-describedby="figure-credit-hint" />
      </div>
      <div class="form-actions">
        <button type="submit" class="button button-primary" data-figure-submit>Upload and insert</button>
        <button type="button" class="button button-secondary" data-figure-cancel>Cancel</button>
      </div>
    </form>
  </dialog>
);

/**
 * The PDF readers download (publishers only): the one typeset from the text,
 * or a document of the media library in its place (a book, a report typeset
 * elsewhere). Posts to /admin/publications/:id/pdf.
 */
export const PdfPanel: FC<{ page: AdminPage; publicationId: string; choice: PdfChoice }> = ({ page, publicationId, choice }) => {
  const action = `/admin/publications/${publicationId}/pdf`;
  const { uploaded, documents } = choice;
  return (
    <section class="panel pdf-panel" aria-labelledby="pdf-panel-title">
      <h2 class="panel-title" id="pdf-panel-title">PDF</h2>
      {uploaded ? (
        <p class="pdf-state">Readers get <a href={uploaded.url}>{uploaded.originalName}</a> ({formatBytes(uploaded.sizeBytes)}), uploaded in place of the typeset PDF.</p>
      ) : <p class="pdf-state">Readers get the PDF typeset from this text in the house style, remade after every change.</p>}
      {uploaded ? (
        <PostForm page={page} action={action} confirm="Go back to the PDF typeset from the text?">
          <input type="hidden" name="mediaId" value="" />
          <input type="hidden" name="generated" value="1" />
          <button type="submit" class="button button-secondary button-small">Use the typeset PDF again</button>
        </PostForm>
      ) : null}
      {documents.length > 0 ? (
        <PostForm page={page} action={action}>
          <div class="field">
            <label for="pdf-media">{uploaded ? 'Use another document' : 'Use a document instead'}</label>
            <select id="pdf-media" name="mediaId" required aria-describedby="pdf-media-hint">
              <option value="">Choose a PDF…</option>
              {documents.map((doc) => <option value={doc.id} selected={doc.id === uploaded?.id}>{`${doc.originalName} (${formatBytes(doc.sizeBytes)})`}</option>)}
            </select>
          </div>
          <button type="submit" class="button button-secondary button-small">Use this PDF</button>
        </PostForm>
      ) : null}
      <p class="hint" id="pdf-media-hint">A book or report typeset elsewhere: upload it in the <a href="/admin/media?kind=document">media library</a> first; it then appears here.</p>
    </section>
  );
};
