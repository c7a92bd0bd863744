import type { Hono } from 'hono';
import { getSiteChrome } from '../../actions/get-site-chrome.js';
import { replaceMenu } from '../../actions/replace-menu.js';
import { invalidField, isDomainError } from '../../domain/errors.js';
import { MENU_NAMES, type MenuName } from '../../domain/menu.js';
import { actionContext, type AdminEnv, type AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin } from '../admin-page.js';
import { readForm } from '../form-data.js';
import { applyMenuOp, flatIssues, parseMenuOp, rowsFromForm, rowsFromTree, treeFromRows } from '../menu-rows.js';
import { requirePermission } from '../require-permission.js';
import { MenusPage } from '../views/menus-page.js';

function menuName(value: string | undefined): MenuName {
  if (value === undefined || value === '') return 'main';
  if (!(MENU_NAMES as readonly string[]).includes(value)) throw invalidField('menu', `no menu "${value}"; choose ${MENU_NAMES.join(' or ')}`);
  return value as MenuName;
}

/** Menus (editors and admins): edit labels and addresses, nest, reorder with buttons that post the new order. */
export function registerMenusScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  runtime.nav.add({ id: 'menus', label: 'Menus', href: '/admin/menus', section: 'content', permission: 'structure.edit', description: 'The header mega-menu and the footer links' });
  const guard = requirePermission('structure.edit');

  admin.get('/menus', guard, async (c) => {
    const menu = menuName(c.req.query('menu'));
    const chrome = await getSiteChrome(actionContext(c, runtime));
    const rows = rowsFromTree(menu === 'main' ? chrome.mainMenu : chrome.footerMenu);
    return renderAdmin(c, <MenusPage page={await loadAdminPage(c, runtime)} menu={menu} rows={rows} />);
  });

  admin.post('/menus/:menu', guard, async (c) => {
    const menu = menuName(c.req.param('menu'));
    const form = await readForm(c);
    const op = parseMenuOp(form.op);
    const posted = rowsFromForm(form);
    const rows = op ? applyMenuOp(posted, op) : posted;
    if (op?.kind === 'remove' && posted[op.index]) {
      // Moves save at once; a removal waits for "Save menu", so one stray click cannot drop a whole column of links.
      const removed = posted.length - rows.length;
      const label = posted[op.index]?.label || `item ${op.index + 1}`;
      const note = `“${label}”${removed > 1 ? ` and the ${removed - 1} item${removed > 2 ? 's' : ''} under it are` : ' is'} taken out. Save the menu to keep this, or discard the changes.`;
      return renderAdmin(c, <MenusPage page={await loadAdminPage(c, runtime)} menu={menu} rows={rows} pendingNote={note} />);
    }
    const { items, rowOf } = treeFromRows(rows);
    try {
      await replaceMenu(actionContext(c, runtime), { menu, items });
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'invalid') throw error;
      // The rows as the editor left them (the move applied), with each problem on its row.
      const issues = flatIssues(error.issues, rowOf);
      const state = { message: error.message, issues };
      return renderAdmin(c, <MenusPage page={await loadAdminPage(c, runtime)} menu={menu} rows={rows} state={state} />, 400);
    }
    return c.redirect(`/admin/menus?menu=${menu}&notice=menu-saved`, 303);
  });
}
