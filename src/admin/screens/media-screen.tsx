import type { Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteMedia } from '../../actions/delete-media.js';
import { findMediaUsage } from '../../actions/find-media-usage.js';
import { listMedia } from '../../actions/list-media.js';
import { updateMedia } from '../../actions/update-media.js';
import { uploadMedia } from '../../actions/upload-media.js';
import { invalid, invalidField } from '../../domain/errors.js';
import { formatBytes, MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES } from '../../domain/media.js';
import { can } from '../../domain/permissions.js';
import { actionContext, type AdminContext, type AdminEnv, type AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin } from '../admin-page.js';
import { readForm } from '../form-data.js';
import { formRefusal, type FormRefusal } from '../form-errors.js';
import { requirePermission } from '../require-permission.js';
import { MediaDetailPage, MediaLibraryPage, type MediaFilters } from '../views/media-pages.js';

/** The largest request the upload route reads: the PDF limit plus room for the form's other fields. */
const MAX_UPLOAD_REQUEST = MAX_DOCUMENT_BYTES + 1024 * 1024;

/**
 * Stops an oversized upload while it streams in, before anything reads the
 * body (the CSRF check parses forms): added in admin-app ahead of the
 * session and CSRF middleware.
 */
export function mediaUploadLimit(): MiddlewareHandler<AdminEnv> {
  return bodyLimit({
    maxSize: MAX_UPLOAD_REQUEST,
    onError: () => {
      throw invalidField('file', `the upload is larger than ${formatBytes(MAX_DOCUMENT_BYTES)}, the most the library takes (images: at most ${formatBytes(MAX_IMAGE_BYTES)})`);
    },
  });
}

function filtersOf(c: AdminContext): { filters: MediaFilters; page: number } {
  const kind = c.req.query('kind') ?? '';
  const rawPage = c.req.query('page') ?? '1';
  const issues = [];
  if (kind !== '' && kind !== 'image' && kind !== 'document') issues.push({ field: 'kind', message: 'must be "image" or "document"' });
  if (!/^\d{1,6}$/.test(rawPage) || Number(rawPage) < 1) issues.push({ field: 'page', message: 'must be a whole number from 1' });
  if (issues.length) throw invalid(issues);
  return { filters: { q: (c.req.query('q') ?? '').trim().slice(0, 200), kind: kind as MediaFilters['kind'] }, page: Number(rawPage) };
}

/**
 * The media library (anyone who writes): a grid of thumbnails with upload,
 * search and a type filter; a page per file to describe it, see where it
 * is used and delete it (refused while used). Type and size are checked by
 * uploadMedia from the bytes; a refused upload keeps nothing.
 */
export function registerMediaScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  runtime.nav.add({ id: 'media', label: 'Media', href: '/admin/media', section: 'content', permission: 'content.edit_own', description: 'Figures, photos and PDF attachments' });
  const guard = requirePermission('content.edit_own');

  async function showLibrary(c: AdminContext, refusal?: FormRefusal, values?: Record<string, string>) {
    const { filters, page } = filtersOf(c);
    const result = await listMedia(actionContext(c, runtime), { ...(filters.kind ? { kind: filters.kind } : {}), ...(filters.q ? { search: filters.q } : {}), page });
    return renderAdmin(c, <MediaLibraryPage page={await loadAdminPage(c, runtime)} result={result} filters={filters} refusal={refusal} values={values} />, refusal?.status ?? 200);
  }

  async function showFile(c: AdminContext, id: string, refusal?: FormRefusal, values?: Record<string, string>) {
    const ctx = actionContext(c, runtime);
    const { media, usage } = await findMediaUsage(ctx, { id });
    const actor = c.get('actor');
    const isMine = media.createdBy === actor?.id;
    const canEdit = isMine || can(actor, 'content.edit_any');
    return renderAdmin(c, <MediaDetailPage page={await loadAdminPage(c, runtime)} media={media} usage={usage} canEdit={canEdit} isMine={isMine} refusal={refusal} values={values} />, refusal?.status ?? 200);
  }

  admin.get('/media', guard, (c) => showLibrary(c));

  admin.post('/media', guard, async (c) => {
    let values: Record<string, string> = {};
    try {
      const body = await c.req.parseBody();
      values = await readForm(c);
      const file = body.file;
      if (!(file instanceof File) || (file.name === '' && file.size === 0)) throw invalidField('file', 'choose a file to upload');
      await uploadMedia(actionContext(c, runtime), {
        filename: file.name || 'upload', bytes: new Uint8Array(await file.arrayBuffer()), alt: values.alt ?? '', caption: values.caption ?? '', credit: values.credit ?? '',
      });
      return c.redirect('/admin/media?notice=media-uploaded', 303);
    } catch (error) {
      const refusal = formRefusal(c, error, ['invalid', 'forbidden']);
      if (!refusal) throw error;
      return showLibrary(c, refusal, values);
    }
  });

  admin.get('/media/:id', guard, (c) => showFile(c, c.req.param('id')));

  admin.post('/media/:id', guard, async (c) => {
    const id = c.req.param('id');
    const form = await readForm(c);
    try {
      await updateMedia(actionContext(c, runtime), { id, ...(form.alt !== undefined ? { alt: form.alt } : {}), caption: form.caption ?? '', credit: form.credit ?? '' });
      return c.redirect(`/admin/media/${id}?notice=media-updated`, 303);
    } catch (error) {
      const refusal = formRefusal(c, error, ['invalid', 'forbidden']);
      if (!refusal) throw error;
      return showFile(c, id, refusal, form);
    }
  });

  admin.post('/media/:id/delete', guard, async (c) => {
    const id = c.req.param('id');
    try {
      await deleteMedia(actionContext(c, runtime), { id });
      return c.redirect('/admin/media?notice=media-deleted', 303);
    } catch (error) {
      const refusal = formRefusal(c, error, ['conflict', 'forbidden']);
      if (!refusal) throw error;
      return showFile(c, id, refusal);
    }
  });
}
