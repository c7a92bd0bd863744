import { tags } from '../domain/change-tags.js';
import type { PublicationSummary } from '../domain/publication.js';

/**
 * The entity tags of one page, collected while its view model is built: a
 * page is tagged with everything it prints, so a change to any of it drops
 * the cached page (see page-cache.ts and domain/change-tags.ts).
 */
export class PageTags {
  readonly #tags = new Set<string>();

  add(...values: string[]): this {
    for (const value of values) this.#tags.add(value);
    return this;
  }

  /**
   * A listing of publications: the list itself (membership changes on any
   * publish), each item, the series named on it and every author whose name
   * it prints. Short lists of titles (`showsBylines: false`) print no names.
   */
  addPublications(items: readonly PublicationSummary[], options: { showsBylines?: boolean } = {}): this {
    const showsBylines = options.showsBylines ?? true;
    this.add(tags.publicationLists);
    for (const item of items) {
      this.add(tags.publication(item.id));
      if (!showsBylines) continue;
      this.add(tags.series(item.seriesId));
      for (const author of item.authors) if (author.personId) this.add(tags.person(author.personId));
    }
    return this;
  }

  list(): string[] {
    return [...this.#tags];
  }
}
