import type { Hono } from 'hono';
import { createPublication } from '../../actions/create-publication.js';
import { previewMarkdown } from '../../actions/preview-markdown.js';
import { updatePublication } from '../../actions/update-publication.js';
import { uploadMedia } from '../../actions/upload-media.js';
import { isDomainError } from '../../domain/errors.js';
import { sniffMediaType } from '../../domain/media-type.js';
import { ERROR_STATUS } from '../../http/error-status.js';
import { figureMarkdown } from '../../render/markdown/figure-node.js';
import { actionContext, type AdminContext, type AdminEnv, type AdminRuntime } from '../admin-env.js';
import { fieldText, publicationInputOf, readPublicationForm } from '../publication-form.js';
import { requirePermission } from '../require-permission.js';

/**
 * A refusal as JSON for the editor script: the code, the sentence to show
 * and the fields at fault; a conflict also says where the refused version
 * was kept. Anything unexpected goes on to the error handler.
 */
function jsonRefusal(c: AdminContext, error: unknown): Response {
  if (!isDomainError(error) || error.code === 'unauthenticated') throw error;
  return c.json({ error: error.code, message: error.message, issues: error.issues, details: error.details ?? {} }, ERROR_STATUS[error.code]);
}

/**
 * The editor script's endpoints, all POST with the CSRF token, answering
 * JSON: the live preview (the site's own Markdown pipeline), draft
 * autosave (the same create and update actions as the form, carrying the
 * revision, so a stale copy is refused and kept) and figure upload (the
 * media library's upload, alt text, caption and credit required).
 */
export function registerPublicationEditorRoutes(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  const guard = requirePermission('content.edit_own');

  admin.post('/publications/preview', guard, async (c) => {
    const form = await c.req.formData();
    try {
      return c.json(await previewMarkdown(actionContext(c, runtime), { markdown: fieldText(form.get('markdown')) }));
    } catch (error) {
      return jsonRefusal(c, error);
    }
  });

  admin.post('/publications/autosave', guard, async (c) => {
    const { values } = await readPublicationForm(c);
    try {
      const created = await createPublication(actionContext(c, runtime), publicationInputOf(values));
      return c.json({
        id: created.id, revision: created.revision, savedAt: created.updatedAt,
        editUrl: `/admin/publications/${created.id}`, autosaveUrl: `/admin/publications/${created.id}/autosave`,
      }, 201);
    } catch (error) {
      return jsonRefusal(c, error);
    }
  });

  admin.post('/publications/figures', guard, async (c) => {
    const form = await c.req.formData();
    const file = form.get('file');
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const missing = (['alt', 'caption', 'credit'] as const).filter((name) => !text(name))
      .map((name) => ({ field: name, message: name === 'alt' ? 'describe what the image shows (alt text is required)' : `a figure needs a ${name}` }));
    if (missing.length) return c.json({ error: 'invalid', message: 'A figure needs alt text, a caption and a credit', issues: missing, details: {} }, 400);
    if (!(file instanceof File) || file.size === 0) {
      return c.json({ error: 'invalid', message: 'Choose an image to upload', issues: [{ field: 'file', message: 'choose an image file' }], details: {} }, 400);
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    // A PDF is welcome in the media library, but not as a figure: refuse it before it is stored.
    if (sniffMediaType(bytes)?.kind === 'document') {
      return c.json({ error: 'invalid', message: 'A figure must be an image (JPEG, PNG, WebP or GIF)', issues: [{ field: 'file', message: 'must be an image, not a document' }], details: {} }, 400);
    }
    try {
      const media = await uploadMedia(actionContext(c, runtime), { filename: file.name || 'figure', bytes, alt: text('alt'), caption: text('caption'), credit: text('credit') });
      return c.json({ id: media.id, url: media.url, markdown: figureMarkdown({ src: media.url, alt: media.alt, caption: media.caption, credit: media.credit }) }, 201);
    } catch (error) {
      return jsonRefusal(c, error);
    }
  });

  admin.post('/publications/:id/autosave', guard, async (c) => {
    const id = c.req.param('id');
    const { values } = await readPublicationForm(c);
    try {
      const saved = await updatePublication(actionContext(c, runtime), { id, revision: values.revision ?? 0, ...publicationInputOf(values) });
      return c.json({ id, revision: saved.revision, savedAt: saved.updatedAt });
    } catch (error) {
      return jsonRefusal(c, error);
    }
  });
}
