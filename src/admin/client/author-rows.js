// The author picker in place: add, move and remove rows without a round
// trip. Without this script the same buttons submit the form and the
// server sends it back rearranged, so both ways give the same fields.

/** Give every row the names, ids and labels of its position, and the buttons their limits. */
function renumber(list) {
  const rows = [...list.querySelectorAll('[data-author-row]')];
  rows.forEach((row, i) => {
    row.querySelector('.author-number').textContent = String(i + 1);
    for (const [selector, field, label] of [['[data-author-person]', 'person', 'person'], ['[data-author-name]', 'name', 'outside name']]) {
      const input = row.querySelector(selector);
      input.name = `authors.${i}.${field}`;
      input.id = `field-authors.${i}.${field}`;
      const labelElement = input.previousElementSibling;
      if (labelElement?.tagName === 'LABEL') {
        labelElement.htmlFor = input.id;
        labelElement.textContent = `Author ${i + 1}: ${label}`;
      }
    }
    const buttons = row.querySelectorAll('.author-buttons button');
    const [up, down, remove] = buttons;
    up.value = `author-up:${i}`;
    up.disabled = i === 0;
    up.setAttribute('aria-label', `Move author ${i + 1} up`);
    down.value = `author-down:${i}`;
    down.disabled = i === rows.length - 1;
    down.setAttribute('aria-label', `Move author ${i + 1} down`);
    remove.value = `author-remove:${i}`;
    remove.setAttribute('aria-label', `Remove author ${i + 1}`);
  });
}

/** An outside name is typed only when no person is chosen. */
function syncNameField(row) {
  const person = row.querySelector('[data-author-person]');
  const name = row.querySelector('[data-author-name]');
  name.hidden = person.value !== '';
}

function clearRow(row) {
  row.querySelector('[data-author-person]').value = '';
  row.querySelector('[data-author-name]').value = '';
  syncNameField(row);
}

/** Wire the picker; `onChange` runs after every change (autosave listens). */
export function enhanceAuthorPicker(picker, onChange) {
  const list = picker.querySelector('[data-author-rows]');
  list.querySelectorAll('[data-author-row]').forEach(syncNameField);

  picker.addEventListener('change', (event) => {
    const row = event.target.closest('[data-author-row]');
    if (row && event.target.matches('[data-author-person]')) {
      syncNameField(row);
      if (event.target.value === '') row.querySelector('[data-author-name]').focus();
    }
  });

  picker.addEventListener('click', (event) => {
    const button = event.target.closest('button[name="_op"]');
    if (!button) return;
    event.preventDefault();
    const op = button.value;
    if (op === 'author-add') {
      const template = list.querySelector('[data-author-row]');
      const row = template.cloneNode(true);
      clearRow(row);
      list.append(row);
      renumber(list);
      row.querySelector('[data-author-person]').focus();
      onChange();
      return;
    }
    const match = /^author-(up|down|remove):(\d+)$/.exec(op);
    if (!match) return;
    const rows = [...list.querySelectorAll('[data-author-row]')];
    const row = rows[Number(match[2])];
    if (!row) return;
    if (match[1] === 'remove') {
      if (rows.length === 1) clearRow(row);
      else row.remove();
    } else if (match[1] === 'up' && row.previousElementSibling) {
      list.insertBefore(row, row.previousElementSibling);
    } else if (match[1] === 'down' && row.nextElementSibling) {
      list.insertBefore(row.nextElementSibling, row);
    }
    renumber(list);
    // Keep the focus on the moved row's same button, so moving twice is two presses.
    const kept = match[1] === 'remove' ? list.querySelector('[data-author-row] [data-author-person]') : row.querySelector(`.author-buttons button[value^="author-${match[1]}"]`);
    if (kept && !kept.disabled) kept.focus();
    onChange();
  });
}
