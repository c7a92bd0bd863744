import type { MediaVariant } from '../domain/media.js';
import type { ActionContext } from './action-context.js';

/**
 * The WebP variants of the library images at these URLs (`/files/media/...`),
 * for srcset on public pages; URLs that are not library images are left
 * out. Public: the files themselves are.
 */
export async function listMediaVariants(ctx: ActionContext, input: { urls: readonly string[] }): Promise<Map<string, MediaVariant[]>> {
  const paths = [...new Set(input.urls.filter((u) => u.startsWith('/files/media/')).map((u) => u.slice('/files/'.length)))].slice(0, 200);
  const found = await ctx.store.media.listByPaths(paths);
  return new Map(found.filter((m) => m.variants.length > 0).map((m) => [m.url, m.variants]));
}
