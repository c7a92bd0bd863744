import { can, type Actor, type Permission } from '../domain/permissions.js';

/** Where an item sits in the sidebar. */
export type AdminNavSection = 'main' | 'content' | 'site' | 'account';

export interface AdminNavItem {
  /** Stable id; ADMIN_NAV_ORDER places known ids. */
  id: string;
  label: string;
  href: string;
  section: AdminNavSection;
  /** One line for the dashboard's shortcuts: "Accounts and what each role may do". */
  description?: string;
  /** Shown only to actors with this permission; left out: everyone signed in. */
  permission?: Permission;
}

/**
 * The back office's screens in sidebar order. A screen appears only once
 * registered (a screen that does not exist yet has no link); ids not listed
 * here go after the listed ones of their section.
 */
export const ADMIN_NAV_ORDER = [
  'dashboard',
  'publications', 'series', 'people', 'units', 'terms', 'pages', 'menus', 'media',
  'settings', 'users', 'audit-log',
  'api-tokens',
] as const;

export const NAV_SECTION_LABELS: Record<AdminNavSection, string> = {
  main: '',
  content: 'Content',
  site: 'Administration',
  account: 'Your account',
};

/**
 * The sidebar registry of one admin app. Each screen registers its item
 * when its routes are added:
 *
 *   runtime.nav.add({ id: 'series', label: 'Series', href: '/admin/series', section: 'content', permission: 'structure.edit' });
 */
export class AdminNav {
  readonly #items = new Map<string, AdminNavItem>();

  add(item: AdminNavItem): void {
    this.#items.set(item.id, item);
  }

  /** The items this actor may open, in sidebar order. */
  itemsFor(actor: Actor | null): AdminNavItem[] {
    if (!actor) return [];
    const rank = (id: string) => {
      const index = (ADMIN_NAV_ORDER as readonly string[]).indexOf(id);
      return index === -1 ? ADMIN_NAV_ORDER.length : index;
    };
    return [...this.#items.values()]
      .filter((item) => !item.permission || can(actor, item.permission))
      .sort((a, b) => rank(a.id) - rank(b.id));
  }
}
