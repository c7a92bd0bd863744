import { z } from 'zod';
import { tags } from '../domain/change-tags.js';
import { newId } from '../domain/ids.js';
import { buildMenuTree, type MenuItem, type MenuNode } from '../domain/menu.js';
import { requirePermission } from '../domain/permissions.js';
import type { ActionContext } from './action-context.js';
import { requiredText, urlOrPathField } from './input-fields.js';
import { parseInput } from './parse-input.js';
import { recordAudit } from './record-audit.js';

interface MenuItemInput {
  label: string;
  url?: string | null | undefined;
  children?: MenuItemInput[] | undefined;
}

const itemInput: z.ZodType<MenuItemInput> = z.lazy(() => z.object({
  label: requiredText(120),
  url: urlOrPathField.nullable().optional(),
  children: z.array(itemInput).max(60).optional(),
}));

const menuInput = z.object({
  menu: z.enum(['main', 'footer']),
  items: z.array(itemInput).max(40),
});

export type ReplaceMenuInput = z.input<typeof menuInput>;

/** Save a whole menu tree in the order given (the editor reorders by moving items). */
export async function replaceMenu(ctx: ActionContext, input: ReplaceMenuInput): Promise<MenuNode[]> {
  const actor = requirePermission(ctx.user, 'structure.edit');
  const data = parseInput(menuInput, input);
  const flat: MenuItem[] = [];
  const walk = (items: MenuItemInput[], parentId: string | null): void => {
    items.forEach((item, position) => {
      const id = newId();
      flat.push({ id, menu: data.menu, parentId, label: item.label, url: item.url ?? null, position });
      walk(item.children ?? [], id);
    });
  };
  walk(data.items, null);
  await ctx.store.transaction(async (tx) => {
    await tx.menus.replace(data.menu, flat);
    await recordAudit(tx, ctx, actor, {
      action: 'menu.replace', entityKind: 'menu', entityId: data.menu, summary: `Saved the ${data.menu} menu (${flat.length} items)`,
    });
  });
  ctx.events.emit([tags.chrome]);
  return buildMenuTree(flat);
}
