import type { Hono } from 'hono';
import { getPublicationPdf } from '../../actions/get-publication-pdf.js';
import { notFound } from '../../domain/errors.js';
import { matchesIfNoneMatch } from '../etag.js';
import { PAGE_CACHE_CONTROL } from '../page-cache-middleware.js';
import type { SiteEnv } from '../site-env.js';
import type { SiteRuntime } from '../site-runtime.js';

/** The file name may only be the code or slug: nothing a header could be bent with. */
function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_');
}

/**
 * `/publications/{series}/{handle}.pdf`: the publication's PDF beside its
 * page. The ETag is the PDF's content hash (strong: equal tags, equal bytes;
 * RFC 9110 section 8.8.3), revalidated on every use like the pages, so an
 * edit shows at once and an unchanged PDF costs a 304. Shown in the browser
 * (`inline`), saved under the publication's code (RFC 6266).
 */
export function registerPdfRoute(site: Hono<SiteEnv>, runtime: SiteRuntime): void {
  site.get('/publications/:series/:file{[^/]+\\.pdf}', async (c) => {
    const file = c.req.param('file');
    const handle = file.slice(0, -'.pdf'.length);
    if (!handle) throw notFound(`Page ${c.req.path}`);
    const input = { seriesSlug: c.req.param('series'), handle };
    let lookup = await getPublicationPdf(runtime.context(), input);
    if (lookup.kind === 'moved') return c.redirect(`/publications/${lookup.seriesSlug}/${lookup.handle}.pdf`, 301);
    let bytes: Uint8Array | null = null;
    if (!matchesIfNoneMatch(c.req.header('If-None-Match'), `"${lookup.record.contentHash}"`)) {
      try {
        bytes = await lookup.read();
      } catch {
        // Replaced by a newer PDF between the look-up and the read: look again.
        const again = await getPublicationPdf(runtime.context(), input);
        if (again.kind === 'moved') return c.redirect(`/publications/${again.seriesSlug}/${again.handle}.pdf`, 301);
        lookup = again;
        bytes = await lookup.read();
      }
    }
    const etag = `"${lookup.record.contentHash}"`;
    const headers = new Headers({
      ETag: etag,
      'Cache-Control': PAGE_CACHE_CONTROL,
      'Content-Disposition': `inline; filename="${safeFileName(lookup.fileName)}"`,
    });
    if (!bytes) return new Response(null, { status: 304, headers });
    headers.set('Content-Type', 'application/pdf');
    headers.set('Content-Length', String(bytes.byteLength));
    return new Response(bytes, { status: 200, headers });
  });
}
