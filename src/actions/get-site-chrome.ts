import { buildMenuTree, type MenuNode } from '../domain/menu.js';
import type { SiteSettings } from '../domain/site-settings.js';
import type { ActionContext } from './action-context.js';

export interface SiteChrome {
  settings: SiteSettings;
  mainMenu: MenuNode[];
  footerMenu: MenuNode[];
}

/** What every public page prints around its content: settings and menus. */
export async function getSiteChrome(ctx: ActionContext): Promise<SiteChrome> {
  const [settings, main, footer] = await Promise.all([
    ctx.store.settings.get(),
    ctx.store.menus.list('main'),
    ctx.store.menus.list('footer'),
  ]);
  return { settings, mainMenu: buildMenuTree(main), footerMenu: buildMenuTree(footer) };
}
