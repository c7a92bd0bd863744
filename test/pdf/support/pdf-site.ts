import { createHash } from 'node:crypto';
import type { ActionContext } from '../../../src/actions/action-context.js';
import { createApp } from '../../../src/app.js';
import type { PdfRenderer } from '../../../src/domain/publication-pdf.js';
import type { Services } from '../../../src/services.js';

/** The same Typst renderer, counting the documents it typesets. */
export function countingRenderer(renderer: PdfRenderer): PdfRenderer & { compiles: number } {
  const counted = {
    compiles: 0,
    async prepare(...args: Parameters<PdfRenderer['prepare']>) {
      const prepared = await renderer.prepare(...args);
      return {
        ...prepared,
        compile: () => {
          counted.compiles += 1;
          return prepared.compile();
        },
      };
    },
    extractText: (pdf: Uint8Array) => renderer.extractText(pdf),
  };
  return counted;
}

/** Services whose every context typesets through one counting renderer. */
export function withCountedPdfs(services: Services): { services: Services; renderer: PdfRenderer & { compiles: number } } {
  const base = services.context(null).pdf;
  if (!base) throw new Error('services without PDF output');
  const renderer = countingRenderer(base.renderer);
  const context = (user: Parameters<Services['context']>[0]): ActionContext => ({ ...services.context(user), pdf: { ...base, renderer } });
  return { services: { ...services, context }, renderer };
}

export function openPdfSite(services: Services) {
  const counted = withCountedPdfs(services);
  const { app } = createApp(counted.services);
  return { app, renderer: counted.renderer, services: counted.services };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
