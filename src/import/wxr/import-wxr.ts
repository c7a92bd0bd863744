import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ActionContext } from '../../actions/action-context.js';
import { importPage } from '../../actions/import-page.js';
import { importPerson } from '../../actions/import-person.js';
import { importPublication } from '../../actions/import-publication.js';
import { importTerm } from '../../actions/import-term.js';
import { recordImportItem } from '../../actions/record-import-item.js';
import { loadReferenceData } from '../../actions/reference-data.js';
import { runImport } from '../../actions/run-import.js';
import { saveSeries } from '../../actions/save-series.js';
import { invalidField } from '../../domain/errors.js';
import { NO_PROGRESS, type Progress } from '../../domain/progress.js';
import { failedItem, type ImportReport, type ItemResult } from '../import-report.js';
import { vocabularyOf, type ImportVocabulary } from '../pages/import-vocabulary.js';
import { honorificOf } from '../text/person-names.js';
import { readWxr, type WxrItem, type WxrSite } from './read-wxr.js';
import { wxrContentToMarkdown, type WxrAttachmentRef } from './wxr-content.js';
import { DEFAULT_SERIES, itemKey, mapTerm, pagesInTreeOrder, permalinkOf, planPost, skipReason, slugOf, termKey, type TermMapping } from './wxr-plan.js';

export interface WxrImportOptions {
  file: string;
  /** Series (slug) for posts no category files in a series; default: "articles", created when missing. */
  series?: string | undefined;
  isDryRun?: boolean;
  shouldOverwrite?: boolean;
}

/**
 * Import a WordPress export: authors of posts become people, categories and
 * tags terms (or the series and units they name), pages the page tree,
 * posts publications, attachments records of their metadata. Every item is
 * keyed by the site's address and its WordPress id, so a second run changes
 * nothing and an interrupted one picks up where it stopped.
 */
export async function importWxr(ctx: ActionContext, options: WxrImportOptions, progress: Progress = NO_PROGRESS): Promise<ImportReport> {
  if (!existsSync(options.file)) throw invalidField('FILE', `${options.file}: no such file`);
  const site = readWxr(readFileSync(options.file, 'utf8'), options.file);
  const vocabulary = vocabularyOf(await loadReferenceData(ctx.store));
  if (options.series && !vocabulary.series.some((s) => s.slug === options.series)) {
    throw invalidField('--series', `no series "${options.series}" (the site has: ${vocabulary.series.map((s) => s.slug).join(', ') || 'none'})`);
  }
  const name = basename(options.file);
  const label = (what: string) => `${name}: ${what}`;
  const attachments: WxrAttachmentRef[] = site.items.flatMap((i) => (i.attachment ? [{ url: i.attachment.url, alt: i.attachment.alt, caption: i.excerpt }] : []));
  const termMappings = new Map(site.terms.map((t) => [termKey(site, t), mapTerm(t, vocabulary)] as const));
  const imported = site.items.filter((i) => skipReason(i) === null);
  const posts = imported.filter((i) => i.type === 'post');
  const total = site.authors.length + site.terms.length + site.items.length + 1;

  return runImport(ctx, { isDryRun: options.isDryRun ?? false }, async (run) => {
    const items: ItemResult[] = [];
    const step = async (item: string, what: string, work: (ctx: ActionContext) => Promise<Omit<ItemResult, 'item' | 'what'> & { what?: string }>) => {
      progress.tick(item);
      try {
        const result = await run.item(work);
        items.push({ item, what: result.what ?? what, ...result });
      } catch (error) {
        items.push(failedItem(item, what, error));
      }
    };
    progress.start(total);
    try {
      const fallbackSeries = options.series ?? DEFAULT_SERIES.slug;
      const needsFallback = posts.some((p) => !p.terms.some((t) => termMappings.get(termKey(site, t))?.kind === 'series'));
      if (needsFallback && !options.series) await step(label(`series ${DEFAULT_SERIES.slug}`), `series ${DEFAULT_SERIES.name}`, (c) => ensureSeries(c, vocabulary));
      await importAuthors(site, posts, step, label);
      await importTerms(site, termMappings, step, label);
      for (const item of site.items.filter((i) => i.type === 'attachment' && skipReason(i) === null)) {
        await step(label(`attachment ${item.id}`), `attachment ${item.attachment?.file || item.title}`, async (c) => {
          const result = await recordImportItem(c, { source: 'wxr', key: itemKey(site, item.id), entityKind: 'attachment', data: attachmentData(item) });
          return { outcome: result.outcome, reason: 'metadata recorded; the file was not fetched', needsReview: [] };
        });
      }
      for (const item of pagesInTreeOrder(imported.filter((i) => i.type === 'page'))) {
        await step(label(`page ${item.id}`), `page "${item.title}"`, (c) => importWxrPage(c, site, item, attachments, options));
      }
      for (const item of posts) {
        const plan = planPost(item, { site, vocabulary, termMappings, attachments, fallbackSeries });
        await step(label(`post ${item.id}`), `publication "${plan.title}"`, async (c) => {
          const { key, notes, ...fields } = plan;
          const outcome = await importPublication(c, {
            source: 'wxr', key, ...fields, shouldOverwrite: options.shouldOverwrite ?? false,
            data: { wordpressId: item.id, guid: item.guid, link: item.link, status: item.status },
          });
          const review = outcome.outcome === 'created' || outcome.outcome === 'updated'
            ? [...notes, ...outcome.createdPeople.map((p) => `new person "${p}"`), ...outcome.createdTerms.map((t) => `new term "${t}" to review`)]
            : [];
          return { outcome: outcome.outcome, reason: outcome.reason, needsReview: review };
        });
      }
      for (const item of site.items) {
        const reason = skipReason(item);
        if (reason) {
          progress.tick(label(`${item.type} ${item.id}`));
          items.push({ item: label(`${item.type} ${item.id}`), what: `${item.type} "${item.title}"`, outcome: 'skipped', reason, needsReview: [] });
        }
      }
    } finally {
      progress.stop();
    }
    return { isDryRun: run.isDryRun, items };
  });
}

type Step = (item: string, what: string, work: (ctx: ActionContext) => Promise<Omit<ItemResult, 'item' | 'what'> & { what?: string }>) => Promise<void>;

async function ensureSeries(ctx: ActionContext, vocabulary: ImportVocabulary): Promise<Omit<ItemResult, 'item' | 'what'>> {
  if (vocabulary.series.some((s) => s.slug === DEFAULT_SERIES.slug) || (await ctx.store.series.findBySlug(DEFAULT_SERIES.slug))) {
    return { outcome: 'unchanged', reason: 'posts without a series go to the existing series', needsReview: [] };
  }
  await saveSeries(ctx, { slug: DEFAULT_SERIES.slug, name: DEFAULT_SERIES.name, description: 'Posts imported from WordPress whose categories named no series.' });
  return { outcome: 'created', reason: 'for posts no category files in a series (give --series to choose one)', needsReview: ['a series created by the import; rename or merge it'] };
}

/** Only the authors of posts are bylines; an account that wrote only pages (the site administrator) is not a person of the institute. */
async function importAuthors(site: WxrSite, posts: readonly WxrItem[], step: Step, label: (what: string) => string): Promise<void> {
  for (const author of site.authors) {
    const item = label(`author ${author.login}`);
    if (!posts.some((p) => p.creator === author.login)) {
      await step(item, `author ${author.displayName}`, async () => ({ outcome: 'skipped', reason: 'wrote no posts; not a byline', needsReview: [] }));
      continue;
    }
    await step(item, `person ${author.displayName}`, async (c) => {
      const result = await importPerson(c, { source: 'wxr', key: `${site.baseUrl}#author-${author.login}`, name: author.displayName, honorific: honorificOf(author.displayName), data: { login: author.login } });
      return { outcome: result.outcome, reason: result.reason, what: `person ${result.person.name}`, needsReview: result.outcome === 'created' ? ['a new profile: add rank, group and bio'] : [] };
    });
  }
}

async function importTerms(site: WxrSite, mappings: ReadonlyMap<string, TermMapping>, step: Step, label: (what: string) => string): Promise<void> {
  for (const term of site.terms) {
    const mapping = mappings.get(termKey(site, term));
    const item = label(`${term.kind} ${term.slug}`);
    if (!mapping || mapping.kind === 'skip') {
      await step(item, `${term.kind} "${term.name}"`, async () => ({ outcome: 'skipped', reason: mapping?.reason ?? 'not mapped', needsReview: [] }));
    } else if (mapping.kind !== 'term') {
      await step(item, `${term.kind} "${term.name}"`, async () => ({ outcome: 'unchanged', reason: `names the ${mapping.kind} ${mapping.name}; its posts are filed there`, needsReview: [] }));
    } else {
      await step(item, `term "${mapping.name}"`, async (c) => {
        const result = await importTerm(c, { source: 'wxr', key: termKey(site, term), taxonomy: mapping.taxonomy, name: mapping.name, data: { kind: term.kind, slug: term.slug, parent: term.parent } });
        return { outcome: result.outcome, reason: result.reason, needsReview: result.outcome === 'created' ? [`new ${mapping.taxonomy} term "${result.term.name}" to review`] : [] };
      });
    }
  }
}

async function importWxrPage(ctx: ActionContext, site: WxrSite, item: WxrItem, attachments: readonly WxrAttachmentRef[], options: WxrImportOptions): Promise<Omit<ItemResult, 'item' | 'what'> & { what?: string }> {
  const content = wxrContentToMarkdown(item, attachments);
  const result = await importPage(ctx, {
    source: 'wxr', key: itemKey(site, item.id), parentKey: item.parentId ? itemKey(site, item.parentId) : null,
    title: item.title || `(untitled page ${item.id})`, slug: slugOf(item), body: content.markdown,
    isPublished: item.status === 'publish', position: item.menuOrder, legacyUrls: permalinkOf(item),
    shouldOverwrite: options.shouldOverwrite ?? false, data: { wordpressId: item.id, link: item.link },
  });
  const notes = [...result.notes, ...(item.status === 'publish' ? [] : [`"${item.status}" in WordPress; imported unpublished`]), ...content.warnings];
  return { outcome: result.outcome, reason: result.reason, what: `page ${result.page?.path ?? item.title}`, needsReview: result.outcome === 'created' || result.outcome === 'updated' ? notes : [] };
}

function attachmentData(item: WxrItem): Record<string, unknown> {
  return {
    wordpressId: item.id,
    title: item.title,
    url: item.attachment?.url ?? '',
    file: item.attachment?.file ?? '',
    alt: item.attachment?.alt ?? '',
    caption: item.excerpt,
    description: item.content,
    mimeType: item.attachment?.mimeType ?? '',
    width: item.attachment?.width ?? null,
    height: item.attachment?.height ?? null,
    parentKey: item.parentId ? `#post-${item.parentId}` : null,
    uploadedAt: item.dateGmt,
  };
}
