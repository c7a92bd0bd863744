/** One rendered page as the cache keeps it. */
export interface CachedPage {
  /**
   * The encoded bytes: a hit is written out as they are, where a string would
   * be checked and encoded to UTF-8 again on every response.
   */
  body: Uint8Array;
  /** Strong entity tag of `body` (RFC 9110 section 8.8.3). */
  etag: string;
  contentType: string;
  /** Entity tags (domain/change-tags.ts) of everything the page shows. */
  tags: readonly string[];
}

interface Entry extends CachedPage {
  bytes: number;
}

export interface PageCacheStats {
  entries: number;
  bytes: number;
  maxBytes: number;
}

export const DEFAULT_PAGE_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * Rendered public pages in memory, least recently used first out once the
 * bodies exceed `maxBytes`. Each page is indexed by the entity tags it shows;
 * `invalidate(tags)` drops every page carrying one of them.
 *
 * A page rendered while a write was landing could hold the old data. Renders
 * therefore note `epoch()` before they read; `set` refuses a page if one of
 * its tags was invalidated after that point, so a stale render is served once
 * and never stored.
 */
export class PageCache {
  readonly maxBytes: number;
  readonly #entries = new Map<string, Entry>();
  readonly #keysByTag = new Map<string, Set<string>>();
  readonly #invalidatedAt = new Map<string, number>();
  #bytes = 0;
  #epoch = 0;

  constructor(options: { maxBytes?: number } = {}) {
    this.maxBytes = options.maxBytes ?? DEFAULT_PAGE_CACHE_BYTES;
  }

  /** A counter that moves on every invalidation; pass it back to `set`. */
  epoch(): number {
    return this.#epoch;
  }

  get(key: string): CachedPage | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    // Map order is insertion order: re-inserting marks the entry most recently used.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  has(key: string): boolean {
    return this.#entries.has(key);
  }

  /** Store a page rendered since `renderedSince`; false when it was refused (stale or too large). */
  set(key: string, page: CachedPage, renderedSince: number): boolean {
    if (page.tags.some((tag) => (this.#invalidatedAt.get(tag) ?? -1) > renderedSince)) return false;
    const bytes = page.body.byteLength + key.length * 2;
    if (bytes > this.maxBytes) return false;
    this.delete(key);
    const entry: Entry = { ...page, tags: [...page.tags], bytes };
    this.#entries.set(key, entry);
    this.#bytes += bytes;
    for (const tag of entry.tags) {
      let keys = this.#keysByTag.get(tag);
      if (!keys) this.#keysByTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    this.#evict();
    return true;
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
    for (const tag of entry.tags) {
      const keys = this.#keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.#keysByTag.delete(tag);
    }
  }

  /** Drop every page that shows one of `tags`; returns how many were dropped. */
  invalidate(tags: readonly string[]): number {
    this.#epoch++;
    let dropped = 0;
    for (const tag of tags) {
      this.#invalidatedAt.set(tag, this.#epoch);
      for (const key of [...(this.#keysByTag.get(tag) ?? [])]) {
        this.delete(key);
        dropped++;
      }
    }
    return dropped;
  }

  clear(): void {
    this.#entries.clear();
    this.#keysByTag.clear();
    this.#bytes = 0;
  }

  stats(): PageCacheStats {
    return { entries: this.#entries.size, bytes: this.#bytes, maxBytes: this.maxBytes };
  }

  #evict(): void {
    for (const key of this.#entries.keys()) {
      if (this.#bytes <= this.maxBytes) return;
      this.delete(key);
    }
  }
}
