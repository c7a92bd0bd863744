import { z } from 'zod';
import { requirePermission } from '../domain/permissions.js';
import type { ActionContext } from './action-context.js';
import { parseInput } from './parse-input.js';
import { publicationFields } from './publication-input.js';

const previewInput = z.object({ markdown: publicationFields.body });

/**
 * The editor's live preview: Markdown through the very renderer that makes
 * the stored body HTML, so what the writer sees is what the site shows.
 * The output is sanitised by the pipeline; nothing is written.
 */
export async function previewMarkdown(ctx: ActionContext, input: { markdown: string }): Promise<{ html: string }> {
  requirePermission(ctx.user, 'content.edit_own');
  const data = parseInput(previewInput, input);
  return { html: ctx.render.toHtml(data.markdown) };
}
