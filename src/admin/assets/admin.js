// Imprint back office: small enhancements only; every page works without it.
// Loaded as a file (the Content-Security-Policy allows no inline script).
/* global document, window, Element, HTMLFormElement, HTMLButtonElement */

// Forms with data-confirm ask before they submit (disable an account, revoke a token).
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  const question = form.dataset.confirm;
  if (question && !window.confirm(question)) event.preventDefault();
});

// Buttons with data-copy="<element id>" copy that element's text (a new API token).
document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-copy]') : null;
  if (!(button instanceof HTMLButtonElement)) return;
  const source = document.getElementById(button.dataset.copy ?? '');
  if (!source) return;
  try {
    await navigator.clipboard.writeText(source.textContent ?? '');
    const label = button.textContent;
    button.textContent = 'Copied';
    setTimeout(() => { button.textContent = label; }, 2000);
  } catch {
    // No clipboard access (an insecure origin): select the text so Ctrl+C works.
    window.getSelection()?.selectAllChildren(source);
  }
});

// The summary of a refused form takes the focus, so screen readers announce it.
document.querySelector('.error-summary')?.focus();
