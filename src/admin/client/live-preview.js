// The live preview beside the editor: the text goes to the server, which
// renders it with the site's own Markdown pipeline and answers sanitised
// HTML. Debounced, and only the latest answer is shown.
import { postForm, refusalText } from './editor-requests.js';

const DEBOUNCE_MS = 400;

export function startLivePreview({ url, pane, body, state, getText }) {
  let timer = null;
  let sequence = 0;

  async function render() {
    timer = null;
    const mine = (sequence += 1);
    const data = new FormData();
    data.set('markdown', getText());
    state.textContent = 'updating…';
    const { status, body: answer } = await postForm(url, data);
    if (mine !== sequence) return;
    if (status === 200) {
      // Sanitised by the server's pipeline (the same HTML the site stores).
      body.innerHTML = answer.html;
      state.textContent = '';
    } else {
      state.textContent = status === 0 ? 'offline' : refusalText(answer, 'could not render');
    }
  }

  pane.hidden = false;
  render();
  return {
    update() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(render, DEBOUNCE_MS);
    },
  };
}
