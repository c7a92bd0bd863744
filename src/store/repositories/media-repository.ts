import { sql } from 'kysely';
import { mediaUrl, type MediaFile, type MediaKind, type MediaVariant } from '../../domain/media.js';
import type { MediaFileTable } from '../schema-editorial.js';
import { type Db, parseJsonArray } from './db-handle.js';

export interface MediaQuery {
  kind?: MediaKind;
  /** Words that must all appear in the file name, alt text or caption. */
  search?: string;
  createdBy?: string;
  limit: number;
  offset: number;
}

/** A place that shows a media file. */
export interface MediaUsage {
  kind: 'publication' | 'page' | 'person';
  id: string;
  title: string;
  /** Where it is used: `body`, `bio`, `photo`. */
  field: string;
}

function toMedia(row: MediaFileTable): MediaFile {
  return {
    id: row.id,
    kind: row.kind as MediaKind,
    path: row.path,
    url: mediaUrl(row.path),
    originalName: row.original_name,
    mimeType: row.mime_type,
    sizeBytes: row.size_bytes,
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    variants: parseJsonArray<MediaVariant>(row.variants),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function createMediaRepository(db: Db) {
  return {
    async insert(m: MediaFile): Promise<void> {
      await db.insertInto('media_files').values({
        id: m.id,
        kind: m.kind,
        path: m.path,
        original_name: m.originalName,
        mime_type: m.mimeType,
        size_bytes: m.sizeBytes,
        width: m.width,
        height: m.height,
        alt: m.alt,
        caption: m.caption,
        credit: m.credit,
        variants: JSON.stringify(m.variants),
        created_by: m.createdBy,
        created_at: m.createdAt,
        updated_at: m.updatedAt,
      }).execute();
    },

    async updateText(id: string, text: Pick<MediaFile, 'alt' | 'caption' | 'credit' | 'updatedAt'>): Promise<void> {
      await db.updateTable('media_files')
        .set({ alt: text.alt, caption: text.caption, credit: text.credit, updated_at: text.updatedAt })
        .where('id', '=', id).execute();
    },

    async delete(id: string): Promise<void> {
      await db.deleteFrom('media_files').where('id', '=', id).execute();
    },

    async findById(id: string): Promise<MediaFile | undefined> {
      const row = await db.selectFrom('media_files').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toMedia(row);
    },

    /** The files at these paths (relative to the files directory), for srcset lookups. */
    async listByPaths(paths: readonly string[]): Promise<MediaFile[]> {
      if (paths.length === 0) return [];
      const rows = await db.selectFrom('media_files').selectAll().where('path', 'in', [...paths]).execute();
      return rows.map(toMedia);
    },

    async list(query: MediaQuery): Promise<{ items: MediaFile[]; total: number }> {
      let q = db.selectFrom('media_files');
      if (query.kind) q = q.where('kind', '=', query.kind);
      if (query.createdBy) q = q.where('created_by', '=', query.createdBy);
      for (const word of (query.search ?? '').toLowerCase().split(/\s+/).filter(Boolean)) {
        const pattern = likePattern(word);
        q = q.where((eb) => eb.or([
          eb(sql`lower(original_name)`, 'like', sql`${pattern} escape '\\'`),
          eb(sql`lower(alt)`, 'like', sql`${pattern} escape '\\'`),
          eb(sql`lower(caption)`, 'like', sql`${pattern} escape '\\'`),
        ]));
      }
      const [rows, count] = await Promise.all([
        q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute(),
        q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toMedia), total: Number(count.n) };
    },

    /**
     * Every publication, page and profile whose text or photo refers to
     * `url` (`/files/media/...`). Bodies link files by that path, so a text
     * search finds figures and download links alike.
     */
    async findUsage(url: string): Promise<MediaUsage[]> {
      const pattern = likePattern(url);
      const like = (column: string) => sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
      const [publications, pages, people] = await Promise.all([
        db.selectFrom('publications').select(['id', 'title', 'code', 'body', 'bio'])
          .where((eb) => eb.or([like('body'), like('bio')])).orderBy('title').execute(),
        db.selectFrom('pages').select(['id', 'title']).where(like('body')).orderBy('title').execute(),
        db.selectFrom('people').select(['id', 'name', 'photo', 'bio'])
          .where((eb) => eb.or([eb('photo', '=', url), like('bio')])).orderBy('name').execute(),
      ]);
      return [
        ...publications.map((p): MediaUsage => ({
          kind: 'publication', id: p.id, title: p.code ? `${p.code} | ${p.title}` : p.title, field: p.body.includes(url) ? 'body' : 'bio',
        })),
        ...pages.map((p): MediaUsage => ({ kind: 'page', id: p.id, title: p.title, field: 'body' })),
        ...people.map((p): MediaUsage => ({ kind: 'person', id: p.id, title: p.name, field: p.photo === url ? 'photo' : 'bio' })),
      ];
    },
  };
}

export type MediaRepository = ReturnType<typeof createMediaRepository>;
