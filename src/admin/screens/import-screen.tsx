import type { Hono } from 'hono';
import { importDocx } from '../../actions/import-docx.js';
import { listSeries } from '../../actions/list-series.js';
import type { FieldIssue } from '../../domain/errors.js';
import { actionContext, type AdminContext, type AdminEnv, type AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin } from '../admin-page.js';
import { formRefusal } from '../form-errors.js';
import { requirePermission } from '../require-permission.js';
import { ImportPage, type ImportPageProps } from '../views/import-page.js';

/** Word documents are small; a larger upload is refused before it is read. */
const MAX_BYTES = 50 * 1024 * 1024;

async function importPage(c: AdminContext, runtime: AdminRuntime, props: Omit<ImportPageProps, 'page' | 'series'> = {}, status: 200 | 400 | 409 = 200) {
  const series = await listSeries(actionContext(c, runtime));
  return renderAdmin(c, <ImportPage page={await loadAdminPage(c, runtime)} series={series} {...props} />, status);
}

/** Upload a Word document as a draft publication, through the importDocx action the command line also uses. Editors and admins. */
export function registerImportScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  runtime.nav.add({ id: 'import', label: 'Import', href: '/admin/import', section: 'content', permission: 'content.publish', description: 'Bring in a Word document as a draft publication' });
  const guard = requirePermission('content.publish');

  admin.get('/import', guard, (c) => importPage(c, runtime));

  admin.post('/import', guard, async (c) => {
    const form = await c.req.formData();
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const values = { series: text('series'), title: text('title') };
    const file = form.get('file');
    const issues: FieldIssue[] = [];
    if (!(file instanceof File) || file.size === 0) issues.push({ field: 'file', message: 'choose a Word document (.docx) to upload' });
    else if (file.size > MAX_BYTES) issues.push({ field: 'file', message: 'is larger than 50 MB' });
    if (!values.series) issues.push({ field: 'series', message: 'choose the series it belongs to' });
    if (issues.length || !(file instanceof File)) return importPage(c, runtime, { values, error: { issues } }, 400);
    try {
      const outcome = await importDocx(actionContext(c, runtime), {
        filename: file.name || 'document.docx', bytes: new Uint8Array(await file.arrayBuffer()), series: values.series,
        ...(values.title ? { title: values.title } : {}),
      });
      return await importPage(c, runtime, {
        values: { series: values.series },
        result: {
          outcome: outcome.outcome, reason: outcome.reason, title: outcome.title, publicationId: outcome.publicationId,
          footnotes: outcome.footnotes, figures: outcome.mediaIds.length, warnings: [...outcome.warnings, ...outcome.createdPeople.map((p) => `new person “${p}”: add their profile`)],
        },
      });
    } catch (error) {
      const refusal = formRefusal(c, error, ['invalid', 'not_found', 'conflict']);
      if (!refusal) throw error;
      // The file's name stands for the file in messages about its content.
      const named = refusal.issues.map((i) => (i.field === file.name ? { ...i, field: 'file' } : i));
      return importPage(c, runtime, { values, error: { message: refusal.message, issues: named } }, refusal.status === 409 ? 409 : 400);
    }
  });
}
