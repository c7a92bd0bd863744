import type { FC } from 'hono/jsx';
import type { MenuName } from '../../domain/menu.js';
import type { AdminPage } from '../admin-page.js';
import { possibleMoves, type MenuRow } from '../menu-rows.js';
import type { EditState } from '../structure-form.js';
import { AdminLayout } from './admin-layout.js';
import { PostForm } from './form-parts.js';
import { SaveProblems, fieldIssue } from './structure-fields.js';

export const MENU_LABELS: Record<MenuName, { title: string; text: string }> = {
  main: { title: 'Main menu', text: 'The header’s mega-menu: top items, column headings (no address) and their links.' },
  footer: { title: 'Footer menu', text: 'The links at the foot of every page.' },
};

const DEPTH_LABELS = ['Top level', 'Heading or link under the item above', 'Link in a column'];

const MenuRowEditor: FC<{ rows: MenuRow[]; index: number; issues: EditState['issues'] }> = ({ rows, index, issues }) => {
  const row = rows[index] as MenuRow;
  const can = possibleMoves(rows, index);
  const id = (field: string) => `field-items.${index}.${field}`;
  const labelError = fieldIssue(issues, `items.${index}.label`);
  const urlError = fieldIssue(issues, `items.${index}.url`);
  return (
    <li class={`menu-row menu-depth-${row.depth}${labelError || urlError ? ' has-error' : ''}`}>
      <input type="hidden" name={`items.${index}.depth`} value={String(row.depth)} />
      <div class="menu-row-fields">
        <div class={labelError ? 'field has-error' : 'field'}>
          <label for={id('label')} class="visually-hidden">Label of item {index + 1}</label>
          <input id={id('label')} name={`items.${index}.label`} value={row.label} placeholder="Label" aria-invalid={labelError ? 'true' : undefined} />
          {labelError ? <p class="field-error">{labelError}</p> : null}
        </div>
        <div class={urlError ? 'field has-error' : 'field'}>
          <label for={id('url')} class="visually-hidden">Address of item {index + 1}</label>
          <input id={id('url')} name={`items.${index}.url`} value={row.url} placeholder={row.depth === 1 ? 'Address (empty for a column heading)' : '/path or https://…'} aria-invalid={urlError ? 'true' : undefined} />
          {urlError ? <p class="field-error">{urlError}</p> : null}
        </div>
      </div>
      <div class="menu-row-buttons" role="group" aria-label={`Move or remove “${row.label || `item ${index + 1}`}”`}>
        <button type="submit" name="op" value={`up:${index}`} class="button button-small button-secondary" disabled={!can.up} title="Move up">↑<span class="visually-hidden"> Move up</span></button>
        <button type="submit" name="op" value={`down:${index}`} class="button button-small button-secondary" disabled={!can.down} title="Move down">↓<span class="visually-hidden"> Move down</span></button>
        <button type="submit" name="op" value={`outdent:${index}`} class="button button-small button-secondary" disabled={!can.outdent} title="Move out one level">←<span class="visually-hidden"> Move out one level</span></button>
        <button type="submit" name="op" value={`indent:${index}`} class="button button-small button-secondary" disabled={!can.indent} title="Move in one level">→<span class="visually-hidden"> Move in one level</span></button>
        <button type="submit" name="op" value={`remove:${index}`} class="button button-small button-danger-quiet" title="Remove with everything under it">Remove</button>
      </div>
    </li>
  );
};

export interface MenusPageProps {
  page: AdminPage;
  menu: MenuName;
  rows: MenuRow[];
  state?: EditState;
  /** Changes shown but not saved yet (after a removal). */
  pendingNote?: string;
}

/**
 * One form for the whole menu. Every arrow is a submit button: the server
 * applies the move to the rows as posted and saves the result, so the
 * editor works without JavaScript and typed changes ride along.
 */
export const MenusPage: FC<MenusPageProps> = ({ page, menu, rows, state = {}, pendingNote }) => (
  <AdminLayout page={page} title="Menus" lede={MENU_LABELS[menu].text}>
    <nav class="tabs" aria-label="Menus">
      {(Object.keys(MENU_LABELS) as MenuName[]).map((name) => (
        <a href={`/admin/menus?menu=${name}`} class={name === menu ? 'tab is-current' : 'tab'} aria-current={name === menu ? 'page' : undefined}>{MENU_LABELS[name].title}</a>
      ))}
    </nav>
    <div class="panel menu-panel">
      <SaveProblems state={state} />
      {pendingNote ? <p class="notice notice-info" role="status">{pendingNote}</p> : null}
      <PostForm page={page} action={`/admin/menus/${menu}`} class="stack">
        {/* The first submit button is the one Enter presses: saving, not moving row 1. */}
        <div class="menu-toolbar">
          <p class="hint">Arrows move an item with everything under it and save at once; removals wait for “Save menu”. Leave an address empty for a column heading.</p>
          <button type="submit" name="op" value="save" class="button button-primary">Save menu</button>
        </div>
        <ol class="menu-rows">
          {rows.map((_row, index) => <MenuRowEditor rows={rows} index={index} issues={state.issues} />)}
        </ol>
        <fieldset class="menu-new">
          <legend>Add an item</legend>
          <div class="menu-row-fields">
            <div class="field">
              <label for={`field-items.${rows.length}.label`}>Label</label>
              <input id={`field-items.${rows.length}.label`} name={`items.${rows.length}.label`} value="" />
            </div>
            <div class="field">
              <label for={`field-items.${rows.length}.url`}>Address</label>
              <input id={`field-items.${rows.length}.url`} name={`items.${rows.length}.url`} value="" placeholder="/path or https://…" />
            </div>
            <div class="field">
              <label for={`field-items.${rows.length}.depth`}>Level</label>
              <select id={`field-items.${rows.length}.depth`} name={`items.${rows.length}.depth`}>
                {DEPTH_LABELS.map((label, depth) => <option value={String(depth)}>{label}</option>)}
              </select>
            </div>
          </div>
          <p class="hint">Added at the end; move it into place with the arrows.</p>
        </fieldset>
        <div class="form-actions">
          <button type="submit" name="op" value="save" class="button button-primary">Save menu</button>
          <a href={`/admin/menus?menu=${menu}`} class="button button-secondary">Discard changes</a>
        </div>
      </PostForm>
    </div>
  </AdminLayout>
);
