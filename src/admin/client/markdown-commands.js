// The toolbar's Markdown commands on a CodeMirror view. Each changes the
// text the way a writer would type it, so the result reads well as plain
// Markdown and round-trips through any other tool.
import { EditorSelection } from '@codemirror/state';

/** Put `before` and `after` around each selection (or a placeholder word). */
function wrap(view, before, after, placeholder) {
  view.dispatch(view.state.changeByRange((range) => {
    const text = view.state.sliceDoc(range.from, range.to) || placeholder;
    const insert = `${before}${text}${after}`;
    return {
      changes: { from: range.from, to: range.to, insert },
      range: EditorSelection.range(range.from + before.length, range.from + before.length + text.length),
    };
  }));
}

/** Prefix every line the selection touches; `prefixFor(i)` gives the i-th line's prefix. */
function prefixLines(view, prefixFor, strip) {
  const { state } = view;
  const changes = [];
  for (const range of state.selection.ranges) {
    const first = state.doc.lineAt(range.from).number;
    const last = state.doc.lineAt(range.to).number;
    for (let n = first; n <= last; n += 1) {
      const line = state.doc.line(n);
      const existing = strip.exec(line.text);
      changes.push({ from: line.from, to: line.from + (existing ? existing[0].length : 0), insert: prefixFor(n - first) });
    }
  }
  const changeSet = state.changes(changes);
  // A cursor at the start of a line moves past the new prefix, so typing goes after "## ".
  view.dispatch({ changes: changeSet, selection: state.selection.map(changeSet, 1) });
}

/** Insert a block on lines of its own after the cursor's line, with blank lines around it. */
export function insertBlock(view, block) {
  const { state } = view;
  const line = state.doc.lineAt(state.selection.main.to);
  const isEmpty = line.text.trim() === '';
  const isAfterBlank = line.number === 1 || state.doc.line(line.number - 1).text.trim() === '';
  const from = isEmpty ? line.from : line.to;
  const lead = isEmpty ? (isAfterBlank ? '' : '\n') : '\n\n';
  const insert = `${lead}${block}\n\n`;
  view.dispatch({ changes: { from, to: isEmpty ? line.to : from, insert }, selection: { anchor: from + insert.length }, scrollIntoView: true });
  view.focus();
}

/** The next free footnote number: one more than the highest `[^n]` in the text. */
function nextFootnote(text) {
  let highest = 0;
  for (const match of text.matchAll(/\[\^(\d+)\]/g)) highest = Math.max(highest, Number(match[1]));
  return highest + 1;
}

function footnote(view) {
  const { state } = view;
  const n = nextFootnote(state.doc.toString());
  const at = state.selection.main.to;
  const end = state.doc.length;
  const tail = state.doc.toString().endsWith('\n') ? '' : '\n';
  const definition = `${tail}\n[^${n}]: `;
  view.dispatch({
    changes: [{ from: at, insert: `[^${n}]` }, { from: end, insert: definition }],
    // The cursor goes to the note's text at the end, where the writer types it.
    selection: { anchor: end + `[^${n}]`.length + definition.length },
    scrollIntoView: true,
  });
  view.focus();
}

const TABLE = '| Column | Column |\n| --- | --- |\n| Cell | Cell |\n| Cell | Cell |';

const HEADING = /^#{1,6}\s+/;
const LIST = /^(\s*([-*+]|\d+\.)\s+|>\s?)/;

export const COMMANDS = {
  h2: (view) => prefixLines(view, () => '## ', HEADING),
  h3: (view) => prefixLines(view, () => '### ', HEADING),
  bold: (view) => wrap(view, '**', '**', 'bold text'),
  italic: (view) => wrap(view, '_', '_', 'italic text'),
  link: (view) => {
    const range = view.state.selection.main;
    const text = view.state.sliceDoc(range.from, range.to) || 'link text';
    const insert = `[${text}](https://)`;
    const urlStart = range.from + text.length + 3;
    view.dispatch({ changes: { from: range.from, to: range.to, insert }, selection: EditorSelection.range(urlStart, urlStart + 'https://'.length) });
  },
  ul: (view) => prefixLines(view, () => '- ', LIST),
  ol: (view) => prefixLines(view, (i) => `${i + 1}. `, LIST),
  quote: (view) => prefixLines(view, () => '> ', LIST),
  footnote,
  table: (view) => insertBlock(view, TABLE),
};
