import type { Page } from '../../domain/page.js';
import type { PageTable } from '../schema.js';
import { type Db, fromFlag, toFlag } from './db-handle.js';

export interface PageRecord extends Page {
  bodyHtml: string;
}

function toPage(row: PageTable): PageRecord {
  return {
    id: row.id,
    parentId: row.parent_id,
    slug: row.slug,
    path: row.path,
    title: row.title,
    summary: row.summary,
    body: row.body,
    bodyHtml: row.body_html,
    position: row.position,
    isPublished: fromFlag(row.is_published),
    updatedAt: row.updated_at,
  };
}

function columns(p: PageRecord) {
  return {
    parent_id: p.parentId,
    slug: p.slug,
    path: p.path,
    title: p.title,
    summary: p.summary,
    body: p.body,
    body_html: p.bodyHtml,
    position: p.position,
    is_published: toFlag(p.isPublished),
    updated_at: p.updatedAt,
  };
}

export function createPageRepository(db: Db) {
  return {
    async list(): Promise<PageRecord[]> {
      const rows = await db.selectFrom('pages').selectAll().orderBy('path').execute();
      return rows.map(toPage);
    },
    async listChildren(parentId: string | null): Promise<PageRecord[]> {
      let q = db.selectFrom('pages').selectAll();
      q = parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', parentId);
      const rows = await q.orderBy('position').orderBy('title').execute();
      return rows.map(toPage);
    },
    async findById(id: string): Promise<PageRecord | undefined> {
      const row = await db.selectFrom('pages').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toPage(row);
    },
    async findByPath(path: string): Promise<PageRecord | undefined> {
      const row = await db.selectFrom('pages').selectAll().where('path', '=', path).executeTakeFirst();
      return row && toPage(row);
    },
    async findByPaths(paths: string[]): Promise<PageRecord[]> {
      if (paths.length === 0) return [];
      const rows = await db.selectFrom('pages').selectAll().where('path', 'in', paths).execute();
      return rows.map(toPage);
    },
    async insert(page: PageRecord, now: string): Promise<void> {
      await db.insertInto('pages').values({ id: page.id, ...columns(page), created_at: now }).execute();
    },
    async update(page: PageRecord): Promise<void> {
      await db.updateTable('pages').set(columns(page)).where('id', '=', page.id).execute();
    },
  };
}

export type PageRepository = ReturnType<typeof createPageRepository>;
