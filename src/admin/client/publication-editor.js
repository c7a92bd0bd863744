// The publication editor's script (bundled by `npm run build` into
// src/admin/client/dist/). Everything it does is an enhancement: without
// it the page is a plain form that saves, rearranges authors and shows
// conflicts on full page loads.
import { minimalSetup } from 'codemirror';
import { markdown } from '@codemirror/lang-markdown';
import { languages } from '@codemirror/language-data';
import { Prec } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { enhanceAuthorPicker } from './author-rows.js';
import { startAutosave } from './autosave.js';
import { enhanceFigureDialog } from './figure-dialog.js';
import { startLivePreview } from './live-preview.js';
import { COMMANDS, insertBlock } from './markdown-commands.js';

/** The editor's look; inside the shadow root the admin stylesheet does not reach. */
const editorTheme = EditorView.theme({
  '&': { fontSize: '15px', backgroundColor: '#fff', border: '1px solid #c4cad4', borderRadius: '6px', minHeight: '28rem' },
  '&.cm-focused': { outline: '3px solid rgba(37, 99, 235, 0.35)', borderColor: '#2563eb' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', lineHeight: '1.6', minHeight: '28rem', maxHeight: '70vh', overflow: 'auto' },
  '.cm-content': { padding: '12px 14px', caretColor: '#111827' },
  '.cm-placeholder': { color: '#6b7280' },
});

function start() {
  const form = document.querySelector('form[data-editor]');
  const textarea = document.querySelector('textarea[data-body]');
  if (!form || !textarea) return;

  const autosave = startAutosave(form, document.querySelector('[data-autosave-status]'));
  const previewPane = document.querySelector('[data-preview]');
  const preview = startLivePreview({
    url: form.dataset.previewUrl,
    pane: previewPane,
    body: previewPane.querySelector('[data-preview-body]'),
    state: previewPane.querySelector('[data-preview-state]'),
    getText: () => textarea.value,
  });

  // CodeMirror edits the text; the textarea stays the form field, kept in step.
  // It lives in a shadow root: there its styles are constructed style sheets,
  // which the Content-Security-Policy allows (a <style> element it is not).
  const host = document.createElement('div');
  host.className = 'cm-host';
  const shadow = host.attachShadow({ mode: 'open' });
  const view = new EditorView({
    root: shadow,
    parent: shadow,
    doc: textarea.value,
    extensions: [
      minimalSetup,
      markdown({ codeLanguages: languages }),
      EditorView.lineWrapping,
      editorTheme,
      // Before the default keymap, where Mod-i selects the enclosing syntax node.
      Prec.high(keymap.of([
        { key: 'Mod-b', run: (v) => (COMMANDS.bold(v), true) },
        { key: 'Mod-i', run: (v) => (COMMANDS.italic(v), true) },
        { key: 'Mod-k', run: (v) => (COMMANDS.link(v), true) },
      ])),
      placeholder('Write the text in Markdown…'),
      EditorView.contentAttributes.of({ 'aria-label': 'Text (Markdown)', 'aria-multiline': 'true', spellcheck: 'true' }),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        textarea.value = update.state.doc.toString();
        preview.update();
        autosave.touch();
      }),
    ],
  });
  textarea.hidden = true;
  textarea.after(host);
  document.querySelector('label[for="field-body"]')?.addEventListener('click', () => view.focus());

  const dialogElement = document.querySelector('[data-figure-dialog]');
  const figures = dialogElement ? enhanceFigureDialog(dialogElement, (block) => insertBlock(view, block)) : null;

  const toolbar = document.querySelector('[data-md-toolbar]');
  toolbar.hidden = false;
  toolbar.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    if (button.hasAttribute('data-preview-toggle')) {
      const isShown = button.getAttribute('aria-pressed') === 'true';
      button.setAttribute('aria-pressed', String(!isShown));
      previewPane.hidden = isShown;
      document.querySelector('[data-editor-split]').classList.toggle('is-single', isShown);
      return;
    }
    const action = button.dataset.md;
    if (action === 'figure') {
      figures?.open();
      return;
    }
    COMMANDS[action]?.(view);
    view.focus();
  });

  const picker = document.querySelector('[data-author-picker]');
  if (picker) enhanceAuthorPicker(picker, () => autosave.touch());

  // Any other field of the form (some sit outside its element, joined by form=).
  const onFieldChange = (event) => {
    if (event.target.form === form && event.target !== textarea) autosave.touch();
  };
  document.addEventListener('input', onFieldChange);
  document.addEventListener('change', onFieldChange);

  form.addEventListener('submit', async (event) => {
    if (!autosave.isBusy) {
      autosave.cancel();
      return;
    }
    // Wait for the save in progress: the full save must carry the revision it made.
    event.preventDefault();
    await autosave.settle();
    autosave.cancel();
    form.submit();
  });
}

start();
