/** A page of the page tree (About > Introduction ...). */
export interface Page {
  id: string;
  parentId: string | null;
  slug: string;
  /** Full path from the root, e.g. `/about/introduction`; derived from the tree on save. */
  path: string;
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  position: number;
  isPublished: boolean;
  updatedAt: string;
}

export function childPath(parentPath: string | null, slug: string): string {
  return `${parentPath ?? ''}/${slug}`;
}
