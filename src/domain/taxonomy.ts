/** A vocabulary such as themes or regions. `path` is its URL segment (`/themes/...`). */
export interface Taxonomy {
  id: string;
  slug: string;
  name: string;
  path: string;
  position: number;
}

export interface Term {
  id: string;
  taxonomyId: string;
  slug: string;
  name: string;
  description: string;
  position: number;
  /** Created by an import from an unknown category; an editor should confirm it. */
  needsReview: boolean;
}
