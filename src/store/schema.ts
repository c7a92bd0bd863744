import type { AccountsDatabase } from './schema-accounts.js';
import type { EditorialDatabase } from './schema-editorial.js';
import type { PdfDatabase } from './schema-pdf.js';

/**
 * Row types as the database holds them. Booleans are integers (0/1) and JSON
 * is text on both databases; the repositories convert, so nothing above
 * `store/` ever sees either form.
 */
export interface SeriesTable {
  id: string;
  slug: string;
  name: string;
  group_name: string;
  code_prefix: string | null;
  numbering: string;
  date_precision: string;
  unit_id: string | null;
  description: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface SeriesCounterTable {
  series_id: string;
  year: number;
  last_sequence: number;
}

export interface UnitTable {
  id: string;
  slug: string;
  acronym: string;
  name: string;
  kind: string;
  parent_id: string | null;
  active_from: number | null;
  active_to: number | null;
  description: string;
  description_html: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface DirectoryGroupTable {
  id: string;
  slug: string;
  name: string;
  position: number;
}

export interface PersonTable {
  id: string;
  slug: string;
  name: string;
  name_key: string;
  honorific: string;
  rank: string;
  group_id: string | null;
  bio: string;
  bio_html: string;
  photo: string | null;
  email: string | null;
  expertise: string;
  links: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface PersonUnitTable {
  person_id: string;
  unit_id: string;
  position: number;
}

export interface TaxonomyTable {
  id: string;
  slug: string;
  name: string;
  path: string;
  position: number;
}

export interface TermTable {
  id: string;
  taxonomy_id: string;
  slug: string;
  name: string;
  description: string;
  position: number;
  needs_review: number;
  /** ISO time of the last save; null for terms saved before it was recorded. */
  updated_at: string | null;
}

export interface PublicationTable {
  id: string;
  series_id: string;
  code: string | null;
  sequence: number | null;
  title: string;
  slug: string;
  date: string;
  date_precision: string;
  year: number;
  synopsis: string;
  body: string;
  body_html: string;
  body_text: string;
  bio: string;
  bio_html: string;
  status: string;
  is_featured: number;
  published_at: string | null;
  scheduled_at: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
  render_version: number;
  /** Added by migration 0003-editorial. */
  created_by: string | null;
  /** Added by migration 0005-doi. */
  doi: string | null;
}

export interface PublicationAuthorTable {
  publication_id: string;
  position: number;
  person_id: string | null;
  name: string;
}

export interface PublicationTermTable {
  publication_id: string;
  term_id: string;
}

export interface PublicationUnitTable {
  publication_id: string;
  unit_id: string;
}

export interface RedirectTable {
  from_path: string;
  target_kind: string;
  target_id: string;
  created_at: string;
}

export interface PageTable {
  id: string;
  parent_id: string | null;
  slug: string;
  path: string;
  title: string;
  summary: string;
  body: string;
  body_html: string;
  position: number;
  is_published: number;
  created_at: string;
  updated_at: string;
}

export interface MenuItemTable {
  id: string;
  menu: string;
  parent_id: string | null;
  label: string;
  url: string | null;
  position: number;
}

export interface SettingTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface Database extends EditorialDatabase, AccountsDatabase, PdfDatabase {
  series: SeriesTable;
  series_counters: SeriesCounterTable;
  units: UnitTable;
  directory_groups: DirectoryGroupTable;
  people: PersonTable;
  person_units: PersonUnitTable;
  taxonomies: TaxonomyTable;
  terms: TermTable;
  publications: PublicationTable;
  publication_authors: PublicationAuthorTable;
  publication_terms: PublicationTermTable;
  publication_units: PublicationUnitTable;
  redirects: RedirectTable;
  pages: PageTable;
  menu_items: MenuItemTable;
  settings: SettingTable;
}
