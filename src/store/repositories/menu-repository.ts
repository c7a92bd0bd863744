import type { MenuItem, MenuName } from '../../domain/menu.js';
import type { Db } from './db-handle.js';

export function createMenuRepository(db: Db) {
  return {
    async list(menu: MenuName): Promise<MenuItem[]> {
      const rows = await db.selectFrom('menu_items').selectAll().where('menu', '=', menu).orderBy('position').execute();
      return rows.map((r) => ({ id: r.id, menu: r.menu as MenuName, parentId: r.parent_id, label: r.label, url: r.url, position: r.position }));
    },
    /** Replace a whole menu (the editor saves the tree at once). Parents must precede children. */
    async replace(menu: MenuName, items: MenuItem[]): Promise<void> {
      await db.deleteFrom('menu_items').where('menu', '=', menu).execute();
      for (const item of items) {
        await db.insertInto('menu_items').values({
          id: item.id, menu, parent_id: item.parentId, label: item.label, url: item.url, position: item.position,
        }).execute();
      }
    },
  };
}

export type MenuRepository = ReturnType<typeof createMenuRepository>;
