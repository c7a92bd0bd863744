import type { PublicationPdfKind, PublicationPdfRecord } from '../../domain/publication-pdf.js';
import type { PublicationPdfTable } from '../schema-pdf.js';
import type { Db } from './db-handle.js';

function toRecord(row: PublicationPdfTable): PublicationPdfRecord {
  return {
    publicationId: row.publication_id,
    kind: row.kind as PublicationPdfKind,
    uploadMediaId: row.upload_media_id,
    contentHash: row.content_hash,
    filePath: row.file_path,
    sizeBytes: Number(row.size_bytes),
    pageCount: row.page_count === null ? null : Number(row.page_count),
    text: row.text,
    sourceRevision: Number(row.source_revision),
    updatedAt: row.updated_at,
  };
}

/** The current PDF of each publication (see migration 0007). */
export function createPublicationPdfRepository(db: Db) {
  return {
    async find(publicationId: string): Promise<PublicationPdfRecord | undefined> {
      const row = await db.selectFrom('publication_pdfs').selectAll().where('publication_id', '=', publicationId).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },

    async save(record: PublicationPdfRecord): Promise<void> {
      const values: PublicationPdfTable = {
        publication_id: record.publicationId,
        kind: record.kind,
        upload_media_id: record.uploadMediaId,
        content_hash: record.contentHash,
        file_path: record.filePath,
        size_bytes: record.sizeBytes,
        page_count: record.pageCount,
        text: record.text,
        source_revision: record.sourceRevision,
        updated_at: record.updatedAt,
      };
      const { publication_id: _key, ...changes } = values;
      await db.insertInto('publication_pdfs').values(values)
        .onConflict((oc) => oc.column('publication_id').doUpdateSet(changes))
        .execute();
    },

    /**
     * When anything a PDF prints besides the publication itself last changed:
     * the institute's settings, series, units, people and terms.
     * A PDF made before that may be outdated and is checked again.
     */
    async lastPrintedNamesChange(): Promise<string> {
      const rows = await db.selectFrom('settings').select((eb) => eb.fn.max<string | null>('updated_at').as('at'))
        .unionAll(db.selectFrom('series').select((eb) => eb.fn.max('updated_at').as('at')))
        .unionAll(db.selectFrom('units').select((eb) => eb.fn.max('updated_at').as('at')))
        .unionAll(db.selectFrom('people').select((eb) => eb.fn.max('updated_at').as('at')))
        .unionAll(db.selectFrom('terms').select((eb) => eb.fn.max('updated_at').as('at')))
        .execute();
      return rows.reduce((latest, row) => (row.at && row.at > latest ? row.at : latest), '');
    },

    async delete(publicationId: string): Promise<void> {
      await db.deleteFrom('publication_pdfs').where('publication_id', '=', publicationId).execute();
    },
  };
}

export type PublicationPdfRepository = ReturnType<typeof createPublicationPdfRepository>;
