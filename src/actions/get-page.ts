import { notFound } from '../domain/errors.js';
import { can } from '../domain/permissions.js';
import type { PageRecord } from '../store/repositories/page-repository.js';
import type { ActionContext } from './action-context.js';

export interface PageView {
  page: PageRecord;
  /** From the top of the tree down to the parent, for breadcrumbs. */
  ancestors: PageRecord[];
  children: PageRecord[];
  siblings: PageRecord[];
}

/** A page of the tree by its path, with what its navigation needs. */
export async function getPage(ctx: ActionContext, input: { path: string }): Promise<PageView> {
  const page = await ctx.store.pages.findByPath(input.path);
  const mayPreview = can(ctx.user, 'content.read_unpublished');
  if (!page || (!page.isPublished && !mayPreview)) throw notFound(`Page ${input.path}`);
  const prefixes: string[] = [];
  const parts = page.path.split('/').filter(Boolean);
  for (let i = 1; i < parts.length; i++) prefixes.push('/' + parts.slice(0, i).join('/'));
  const [ancestors, children, siblings] = await Promise.all([
    ctx.store.pages.findByPaths(prefixes),
    ctx.store.pages.listChildren(page.id),
    ctx.store.pages.listChildren(page.parentId),
  ]);
  const visible = (p: PageRecord) => p.isPublished || mayPreview;
  return {
    page,
    ancestors: ancestors.sort((a, b) => a.path.length - b.path.length),
    children: children.filter(visible),
    siblings: siblings.filter(visible),
  };
}
