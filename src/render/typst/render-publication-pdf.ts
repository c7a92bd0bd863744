import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import type { Root } from 'mdast';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import { mdastToText } from '../markdown/markdown-to-text.js';
import { mdastToTypst } from './mdast-to-typst.js';
import { listImageSources } from './list-image-sources.js';
import { loadImage, type PlacedImage } from './pdf-media.js';
import { houseColors } from './house-colors.js';
import { templateData, validatePdfInput, type PdfInput } from './pdf-input.js';
import { listFontFiles, readTemplateFiles } from './typst-assets.js';
import { PdfCompilerProcess, type PdfCompilerProcessOptions } from './pdf-compiler-process.js';

export interface RenderedPdf {
  pdf: Buffer;
  pageCount: number;
  /** The publication's text for the search index (see getPdfText). */
  text: string;
  /** See getPdfContentHash. */
  contentHash: string;
  /** Milliseconds: preparing the files, Typst's layout, writing the PDF. */
  timings: { prepareMs: number; layoutMs: number; pdfMs: number };
}

/** Bump when the output changes in a way the hashed inputs below would not show. */
const RENDERER_VERSION = 1;

/** Typeset a publication as the house-style PDF. Throws a DomainError naming a bad field. */
export async function renderPublicationPdf(input: PdfInput): Promise<RenderedPdf> {
  const started = performance.now();
  const prepared = await preparePdf(input);
  const prepareMs = performance.now() - started;
  const { pdf, pageCount, timings } = await compilerProcess().compile(prepared.files);
  return { pdf, pageCount, text: prepared.text, contentHash: prepared.contentHash, timings: { prepareMs, ...timings } };
}

/**
 * A hash of everything that decides the PDF's bytes: the files handed to
 * Typst (data, generated body and bio, image contents), the template, the
 * fonts and the compiler's version. Equal hashes mean an identical PDF, so a
 * cache keyed on it never serves a stale one and never recompiles in vain.
 */
export async function getPdfContentHash(input: PdfInput): Promise<string> {
  return (await preparePdf(input)).contentHash;
}

/**
 * The PDF's text for search: the same words the PDF prints (title, byline,
 * date, synopsis, body with captions, credits and footnotes, bio,
 * categories), taken from the source rather than scraped from the PDF.
 */
export function getPdfText(input: PdfInput): string {
  return pdfText(input, parsed(input.bodyMarkdown), parsed(input.bioMarkdown));
}

/**
 * The hash and text of a publication's PDF, and the compile step apart: a
 * caller that already holds the PDF of this hash skips the typesetting.
 */
export async function preparePublicationPdf(input: PdfInput): Promise<{ contentHash: string; text: string; compile(): Promise<{ pdf: Buffer; pageCount: number }> }> {
  const prepared = await preparePdf(input);
  return {
    contentHash: prepared.contentHash,
    text: prepared.text,
    compile: async () => {
      const { pdf, pageCount } = await compilerProcess().compile(prepared.files);
      return { pdf, pageCount };
    },
  };
}

let sharedProcess: PdfCompilerProcess | undefined;
let processOptions: PdfCompilerProcessOptions = {};

/** The process's Typst compiler, in its own child process (see pdf-compiler-process.ts). */
function compilerProcess(): PdfCompilerProcess {
  sharedProcess ??= new PdfCompilerProcess(processOptions);
  return sharedProcess;
}

/** Change how often the compiler's child is replaced (the next PDF starts a new child). */
export function configurePdfRenderer(options: PdfCompilerProcessOptions): void {
  closePdfRenderer();
  processOptions = options;
}

/** Let the compiler's child process go (it also never keeps a finished process alive). */
export function closePdfRenderer(): void {
  sharedProcess?.close();
  sharedProcess = undefined;
}

/** Create the compiler and typeset a small document once, so the first real PDF is fast. */
export async function warmUpPdfRenderer(): Promise<void> {
  await renderPublicationPdf({
    title: 'Warm-up', seriesName: 'Series', code: null, authors: ['A'], dateText: '', synopsis: 'S',
    bodyMarkdown: '## H\n\nText *em* **strong**.[^1]\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n[^1]: Note.',
    bioMarkdown: 'Bio.', categories: [{ label: 'Themes', terms: ['T'] }], canonicalUrl: '',
    institute: { name: 'Institute', accentColor: '#8a1538', logoPath: null }, resolveMedia: () => null,
  });
}

interface PreparedPdf {
  files: Map<string, Buffer>;
  text: string;
  contentHash: string;
}

async function preparePdf(input: PdfInput): Promise<PreparedPdf> {
  validatePdfInput(input);
  const body = parsed(input.bodyMarkdown);
  const bio = parsed(input.bioMarkdown);

  const sources = [...new Set([...listImageSources(body), ...listImageSources(bio)])];
  const [logo, ...images] = await Promise.all([
    loadImage(input.institute.logoPath, '/media/logo'),
    ...sources.map((src, index) => loadImage(safeResolve(input, src), `/media/${index + 1}`)),
  ]);
  const placed = new Map<string, PlacedImage>();
  sources.forEach((src, index) => {
    const image = images[index];
    if (image) placed.set(src, image);
  });
  const imagePath = (src: string): string | null => placed.get(src)?.path ?? null;
  const linkBase = input.canonicalUrl || undefined;

  const bodyTypst = typstFile(mdastToTypst(body, { imagePath, linkBase, labelPrefix: 'body' }));
  const bioTypst = typstFile(mdastToTypst(bio, { imagePath, linkBase, labelPrefix: 'bio' }));
  const data = templateData(input, { logo: logo?.path ?? null, hasBio: bio.children.length > 0 });

  const files = new Map<string, Buffer>([
    ['/data.json', Buffer.from(JSON.stringify(data))],
    ['/style.json', Buffer.from(JSON.stringify(houseColors(input.institute.accentColor)))],
    ['/body.typ', Buffer.from(bodyTypst)],
    ['/bio.typ', Buffer.from(bioTypst)],
  ]);
  for (const image of [logo, ...placed.values()]) if (image) files.set(image.path, image.bytes);

  return { files, text: pdfText(input, body, bio), contentHash: hashOf(files) };
}

/**
 * Parsing is the costliest step for a long body, and a caller often asks for
 * the hash and then the PDF of the same text: keep the last few trees. The
 * trees are only read after parsing, never changed.
 */
const recentTrees = new Map<string, Root>();
const RECENT_TREES = 8;

function parsed(markdown: string): Root {
  const cached = recentTrees.get(markdown);
  if (cached) return cached;
  const tree = parseMarkdown(markdown);
  recentTrees.set(markdown, tree);
  if (recentTrees.size > RECENT_TREES) recentTrees.delete(recentTrees.keys().next().value as string);
  return tree;
}

/** A resolver that throws is treated like one that finds nothing: the figure prints without its image. */
function safeResolve(input: PdfInput, src: string): string | null {
  try {
    return input.resolveMedia(src) ?? null;
  } catch {
    return null;
  }
}

/** Generated markup calls the house functions; importing them by name keeps its namespace tight. */
function typstFile(markup: string): string {
  return `#import "/house.typ": house-figure, house-inline-image, house-rule, house-table, house-checkbox\n\n${markup}\n`;
}

function pdfText(input: PdfInput, body: Root, bio: Root): string {
  return [
    input.title,
    input.authors.join(', '),
    input.dateText,
    input.synopsis,
    mdastToText(body),
    mdastToText(bio),
    input.categories.flatMap((group) => group.terms).join(' / '),
  ]
    .map((part) => part.trim())
    .filter(Boolean)
    .join('\n\n');
}

let fixedFingerprint: string | undefined;

/** Template, fonts and compiler version: fixed for the life of the process. */
function fixedPartsFingerprint(): string {
  if (fixedFingerprint) return fixedFingerprint;
  const hash = createHash('sha256');
  hash.update(`renderer ${RENDERER_VERSION}\n`);
  const version = (createRequire(import.meta.url)('@myriaddreamin/typst-ts-node-compiler/package.json') as { version: string }).version;
  hash.update(`typst-ts ${version}\n`);
  for (const [path, content] of readTemplateFiles()) hash.update(`${path}\n`).update(content);
  for (const file of listFontFiles()) hash.update(`${basename(file)} ${statSync(file).size}\n`);
  fixedFingerprint = hash.digest('hex');
  return fixedFingerprint;
}

function hashOf(files: Map<string, Buffer>): string {
  const hash = createHash('sha256').update(fixedPartsFingerprint());
  for (const path of [...files.keys()].sort()) {
    const content = files.get(path) ?? Buffer.alloc(0);
    hash.update(`\n${path} ${content.length}\n`).update(content);
  }
  return hash.digest('hex');
}
