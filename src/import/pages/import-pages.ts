import type { ActionContext } from '../../actions/action-context.js';
import { importPublication } from '../../actions/import-publication.js';
import { loadReferenceData } from '../../actions/reference-data.js';
import { runImport, type ImportRun } from '../../actions/run-import.js';
import { invalidField } from '../../domain/errors.js';
import { normalizeLegacyPath } from '../../domain/legacy-path.js';
import { NO_PROGRESS, type Progress } from '../../domain/progress.js';
import { failedItem, type ImportReport, type ItemResult } from '../import-report.js';
import { vocabularyOf, type ImportVocabulary } from './import-vocabulary.js';
import { listPageFiles, readPageText, readSidecarUrl, readUrlMap, urlFromBase, urlFromMap, type PageFile } from './page-files.js';
import type { PageImport } from './page-record.js';
import { readPage } from './read-page.js';

export interface PagesImportOptions {
  paths: string[];
  /** `file<TAB>URL` list of original addresses. */
  urlMap?: string | undefined;
  /** Address of the folder given: each file's URL is this plus its path below the folder. */
  baseUrl?: string | undefined;
  /** Series (slug) for pages that name none. */
  series?: string | undefined;
  /** Time of day the items were published, with its offset, e.g. `10:00+08:00` (default `00:00Z`). */
  publishTime?: string | undefined;
  shouldOverwrite?: boolean;
  isDryRun?: boolean;
}

export interface ReadPagesResult {
  pages: { file: PageFile; page: PageImport }[];
  /** Files that could not be read at all (binary, bad `.url` file). */
  failures: ItemResult[];
}

const PUBLISH_TIME = /^(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})$/;

export function publishedAtOf(date: string, publishTime = '00:00Z'): string {
  const match = PUBLISH_TIME.exec(publishTime);
  if (!match) throw invalidField('--publish-time', `"${publishTime}" must be HH:MM with an offset, e.g. 10:00+08:00 or 00:00Z`);
  const day = date.length === 7 ? `${date}-01` : date;
  return new Date(`${day}T${match[1]}:${match[2]}:00${match[3]}`).toISOString();
}

/** Read and extract every page; no database writes (the vocabularies are read to split categories). */
export async function readPages(ctx: ActionContext, options: PagesImportOptions, vocabulary?: ImportVocabulary): Promise<ReadPagesResult> {
  const files = listPageFiles(options.paths);
  const map = options.urlMap ? readUrlMap(options.urlMap) : null;
  const vocab = vocabulary ?? vocabularyOf(await loadReferenceData(ctx.store));
  const result: ReadPagesResult = { pages: [], failures: [] };
  for (const file of files) {
    try {
      const page = readPage(readPageText(file), {
        file: file.path,
        kind: file.kind,
        givenUrl: urlFromMap(map, file) ?? readSidecarUrl(file),
        fallbackUrl: urlFromBase(options.baseUrl ?? null, file),
        vocabulary: vocab,
        defaultSeries: options.series,
      });
      result.pages.push({ file, page });
    } catch (error) {
      result.failures.push(failedItem(file.path, 'page', error));
    }
  }
  return result;
}

/** Import archived pages as publications, one transaction each; see docs in the CLI help. */
export async function importPages(ctx: ActionContext, options: PagesImportOptions, progress: Progress = NO_PROGRESS): Promise<ImportReport> {
  publishedAtOf('2000-01-01', options.publishTime);
  const { pages, failures } = await readPages(ctx, options);
  return runImport(ctx, { isDryRun: options.isDryRun ?? false }, async (run) => {
    const items: ItemResult[] = [...failures];
    progress.start(pages.length);
    try {
      for (const { file, page } of pages) {
        progress.tick(file.relativePath);
        items.push(await importOne(run, file, page, options));
      }
    } finally {
      progress.stop();
    }
    return { isDryRun: run.isDryRun, items };
  });
}

async function importOne(run: ImportRun, file: PageFile, { record, plan }: PageImport, options: PagesImportOptions): Promise<ItemResult> {
  const what = `publication ${record.code ?? record.title ?? '(untitled)'}`;
  const seriesSlug = plan.seriesSlug;
  const skip = (reason: string): ItemResult => ({ item: file.path, what, outcome: 'skipped', reason, needsReview: [] });
  if (!record.title || !record.body) return skip(record.title ? 'no article text found' : 'no article found (no title)');
  const date = record.date;
  if (!date) return skip('no date found');
  if (!seriesSlug) {
    return skip(options.series ? `no series "${options.series}" on the site` : `no series${record.series ? ` "${record.series}" on the site` : ''}; give one with --series`);
  }

  const needsReview = record.warnings.filter((w) => !/^the article is printed/.test(w));
  const isDraft = record.isIncomplete;
  try {
    const outcome = await run.item((ctx) => importPublication(ctx, {
      source: 'pages',
      key: plan.legacyUrl ? (normalizeLegacyPath(plan.legacyUrl) ?? plan.legacyUrl) : `file:${file.relativePath}`,
      series: seriesSlug,
      code: plan.code,
      title: record.title ?? '',
      date,
      synopsis: record.synopsis ?? '',
      body: record.body ?? '',
      bio: record.bio ?? '',
      authors: plan.authors,
      terms: plan.terms.map((t) => ({ taxonomy: t.taxonomy, name: t.name })),
      units: plan.unitSlugs,
      legacyUrls: plan.legacyUrl ? [plan.legacyUrl] : [],
      status: isDraft ? 'draft' : 'published',
      publishedAt: publishedAtOf(date, options.publishTime),
      shouldOverwrite: options.shouldOverwrite ?? false,
      data: { file: file.relativePath, warnings: record.warnings },
    }));
    const review = [
      ...(isDraft && outcome.outcome !== 'unchanged' && outcome.outcome !== 'skipped' ? ['the page ends part-way; imported as a draft'] : []),
      ...outcome.createdPeople.map((p) => `new person "${p}" (no profile matched the byline)`),
      ...outcome.createdTerms.map((t) => `new term "${t}" to review`),
      ...(outcome.outcome === 'created' || outcome.outcome === 'updated' ? needsReview.filter((w) => !/^category ".*" is not in the site's vocabularies/.test(w)) : []),
    ];
    return { item: file.path, what: `publication ${outcome.code ?? record.title}`, outcome: outcome.outcome, reason: outcome.reason, needsReview: review };
  } catch (error) {
    return failedItem(file.path, what, error);
  }
}
