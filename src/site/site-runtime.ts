import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { ActionContext, Log } from '../actions/action-context.js';
import { intParam } from '../http/query-params.js';
import type { AssetFile, AssetName } from './asset-files.js';
import type { PageTags } from './page-tags.js';
import type { SiteEnv } from './site-env.js';
import { loadSiteView, type SiteView } from './site-view.js';

/** What the routes share: how to get an action context, the asset files, where the site lives. */
export interface SiteRuntime {
  context: () => ActionContext;
  assets: Map<AssetName, AssetFile>;
  baseUrl: string;
  log: Log;
}

export type SiteContext = Context<SiteEnv>;

/** One page request: the action context, the page's tag collector and its chrome. */
export interface PageRequest {
  ctx: ActionContext;
  pageTags: PageTags;
  loadSite(): Promise<SiteView>;
}

export function pageRequest(c: SiteContext, runtime: SiteRuntime): PageRequest {
  const ctx = runtime.context();
  const pageTags = c.get('pageTags');
  return {
    ctx,
    pageTags,
    loadSite: () => loadSiteView(ctx, { assets: runtime.assets, baseUrl: runtime.baseUrl }, pageTags, c.req.path),
  };
}

/** `?page=N` of a listing: a whole number from 1 (anything else is a 400 naming `page`). */
export function pageParam(c: SiteContext): number {
  return intParam(c.req.query('page'), 'page', 1);
}

/** Render a view to a complete HTML document. */
export async function renderDocument(node: JSX.Element): Promise<string> {
  const html = await (node as unknown as { toString(): string | Promise<string> }).toString();
  return `<!DOCTYPE html>${html}`;
}

export async function htmlResponse(c: SiteContext, node: JSX.Element, status: 200 | 400 | 403 | 404 | 409 | 429 | 500 = 200): Promise<Response> {
  return c.html(await renderDocument(node), status);
}
