// Draft autosave: after a few seconds without typing, the form is sent to
// the same update action a Save uses, with the revision it was loaded at.
// A stale revision is refused by the server, which keeps this version in
// the history; here autosave stops and says so, and the text stays put.
import { postForm, refusalText } from './editor-requests.js';

const IDLE_MS = 3000;

export function startAutosave(form, statusElement) {
  let timer = null;
  let inFlight = null;
  let isDirty = false;
  let isStopped = form.dataset.canAutosave !== 'true';
  const revisionField = form.querySelector('[data-revision]');

  const say = (text, tone = 'info') => {
    statusElement.textContent = text;
    statusElement.dataset.tone = tone;
  };

  async function save() {
    timer = null;
    if (isStopped || !isDirty) return;
    if (inFlight) {
      // One save at a time: each must carry the revision the previous one made.
      await inFlight;
      return save();
    }
    isDirty = false;
    say('Saving…');
    inFlight = postForm(form.dataset.autosaveUrl, new FormData(form));
    const { status, body } = await inFlight;
    inFlight = null;
    if (status === 200 || status === 201) {
      revisionField.value = String(body.revision);
      if (status === 201) {
        // The first autosave of a new publication created it: from now on this page edits it.
        form.action = body.editUrl;
        form.dataset.autosaveUrl = body.autosaveUrl;
        window.history.replaceState(null, '', body.editUrl);
      }
      say(`Draft saved at ${new Date(body.savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })} (revision ${body.revision}).`, 'success');
    } else if (status === 409) {
      isStopped = true;
      say('Not saved: someone else saved this publication since you opened it. Your version is kept in the history and stays here; autosave is paused. ', 'error');
      const compare = document.createElement('a');
      compare.href = `${new URL(form.action).pathname}/revisions`;
      compare.textContent = 'Compare the versions';
      statusElement.append(compare);
      if (body?.message) statusElement.title = body.message;
      form.dispatchEvent(new CustomEvent('editor:conflict', { detail: body }));
    } else if (status === 403) {
      isStopped = true;
      say(`Not saved: ${body?.message ?? 'you cannot change this publication now.'}`, 'error');
    } else if (status === 400) {
      isDirty = true;
      say(`Not saved yet: ${refusalText(body, 'some fields need attention')}.`, 'warning');
    } else {
      isDirty = true;
      say(status === 0 ? 'Not saved: the connection is down. Your text stays here; autosave tries again when you type.' : 'Not saved: the server had a problem. It tries again when you type.', 'error');
    }
  }

  return {
    /** Something changed: save once typing pauses. */
    touch() {
      if (isStopped) return;
      isDirty = true;
      if (timer) clearTimeout(timer);
      timer = setTimeout(save, IDLE_MS);
    },
    /** A full-page Save is on its way: no autosave may follow it with the same revision. */
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      isStopped = true;
    },
    /** Before a full-page Save: let a save in progress finish, so the form carries its revision. */
    async settle() {
      if (timer) clearTimeout(timer);
      timer = null;
      if (inFlight) await inFlight;
    },
    get isBusy() {
      return inFlight !== null;
    },
  };
}
