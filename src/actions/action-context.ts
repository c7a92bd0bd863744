import type { Accounts } from '../domain/accounts.js';
import type { Mailer } from '../domain/mailer.js';
import type { Actor } from '../domain/permissions.js';
import type { ContentRenderer } from '../domain/content-renderer.js';
import type { DocumentConverter } from '../domain/document-converter.js';
import type { FileStore, ImageProcessor } from '../domain/file-store.js';
import type { PdfOutput } from '../domain/publication-pdf.js';
import type { SearchIndex } from '../search/search-index.js';
import type { Store } from '../store/store.js';

export interface Clock {
  now(): Date;
}

export interface Log {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Writes announce the entity tags they changed; the page cache listens. */
export interface ChangeEvents {
  emit(tags: readonly string[]): void;
  subscribe(listener: (tags: readonly string[]) => void): () => void;
}

/**
 * Everything an action may touch, handed in by the caller (site, admin, API,
 * CLI, jobs). Actions never reach for globals, so the same action runs in a
 * request, a test or a CLI command.
 */
export interface ActionContext {
  store: Store;
  render: ContentRenderer;
  events: ChangeEvents;
  clock: Clock;
  user: Actor | null;
  log: Log;
  /** The files directory served at /files/ (media uploads). */
  files: FileStore;
  /** Image decoding and WebP variants for the media library. */
  images: ImageProcessor;
  /** Users, sessions, password resets and API tokens (account actions need it; services always wire it). */
  accounts?: Accounts;
  /** Outgoing mail (password-reset links; services always wire it). */
  mailer?: Mailer;
  /** Full-text search; publication writes update it in their transaction (syncSearchIndex). */
  search: SearchIndex;
  /** Word documents to Markdown (importDocx needs it; services always wire it). */
  documents?: DocumentConverter;
  /** Publication PDFs: the renderer and their store (PDF actions need it; services always wire it). */
  pdf?: PdfOutput;
}

export function withUser(ctx: ActionContext, user: Actor | null): ActionContext {
  return { ...ctx, user };
}

export const systemClock: Clock = { now: () => new Date() };

export function isoNow(ctx: Pick<ActionContext, 'clock'>): string {
  return ctx.clock.now().toISOString();
}
