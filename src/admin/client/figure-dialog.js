// The toolbar's Figure button: a dialog uploads the image to the media
// library (alt text, caption and credit required) and the ```figure block
// the server answers goes into the text.
import { postForm, refusalText } from './editor-requests.js';

export function enhanceFigureDialog(dialog, onInsert) {
  const form = dialog.querySelector('[data-figure-form]');
  const error = dialog.querySelector('[data-figure-error]');
  const submit = dialog.querySelector('[data-figure-submit]');

  dialog.querySelector('[data-figure-cancel]').addEventListener('click', () => dialog.close());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    submit.disabled = true;
    submit.textContent = 'Uploading…';
    const { status, body } = await postForm(form.action, new FormData(form));
    submit.disabled = false;
    submit.textContent = 'Upload and insert';
    if (status === 201) {
      form.reset();
      dialog.close();
      onInsert(body.markdown);
      return;
    }
    error.textContent = status === 0 ? 'The upload did not reach the server; check the connection and try again.' : refusalText(body, 'The upload was refused.');
    error.hidden = false;
  });

  return {
    open() {
      error.hidden = true;
      dialog.showModal();
      dialog.querySelector('input[type="file"]').focus();
    },
  };
}
