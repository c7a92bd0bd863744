import type { Hono } from 'hono';
import { getPdfChoice } from '../../actions/get-pdf-choice.js';
import { getPublication } from '../../actions/get-publication.js';
import { setPublicationPdf } from '../../actions/set-publication-pdf.js';
import { actionContext, type AdminEnv, type AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin } from '../admin-page.js';
import { readForm } from '../form-data.js';
import { formRefusal } from '../form-errors.js';
import { requirePermission } from '../require-permission.js';
import { AdminLayout } from '../views/admin-layout.js';
import { ErrorSummary } from '../views/form-parts.js';
import { PdfPanel } from '../views/publication-editor-panels.js';

/**
 * POST /admin/publications/:id/pdf, the editor's PDF panel: put a PDF
 * document of the library in place of the typeset PDF (`mediaId`), or go
 * back to the typeset one (`generated=1`). Publishers only; the action
 * checks the role again and that the document is a PDF.
 */
export function registerPublicationPdfScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  admin.post('/publications/:id/pdf', requirePermission('content.publish'), async (c) => {
    const id = c.req.param('id');
    const form = await readForm(c);
    const ctx = actionContext(c, runtime);
    try {
      const mediaId = form.generated === '1' ? null : (form.mediaId ?? '');
      await setPublicationPdf(ctx, { publication: id, mediaId });
      return c.redirect(`/admin/publications/${id}?notice=${mediaId === null ? 'pdf-generated' : 'pdf-attached'}`, 303);
    } catch (error) {
      const refusal = formRefusal(c, error, ['invalid', 'forbidden']);
      if (!refusal) throw error;
      // The panel again, with the reason; nothing was changed.
      const [publication, choice, page] = await Promise.all([getPublication(ctx, { id }), getPdfChoice(ctx, { id }), loadAdminPage(c, runtime)]);
      return renderAdmin(c, (
        <AdminLayout page={page} title={publication.title} lede="PDF"
          actions={<a href={`/admin/publications/${id}`} class="button button-secondary">Edit</a>}>
          <ErrorSummary message={refusal.message} issues={refusal.issues} />
          <PdfPanel page={page} publicationId={id} choice={choice} />
        </AdminLayout>
      ), refusal.status);
    }
  });
}
