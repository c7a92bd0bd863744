// Copy buttons for the Cite panel. Without JavaScript (or a clipboard) the
// panel still opens and its text can be selected; this only adds a shortcut.
(function () {
  'use strict';
  if (!navigator.clipboard || !window.isSecureContext) return;
  document.querySelectorAll('.cite-panel .cite-style').forEach(function (style) {
    var text = style.querySelector('.cite-text');
    var label = style.querySelector('dt');
    if (!text || !label) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'cite-copy';
    button.textContent = 'Copy ' + label.textContent;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(text.textContent.trim()).then(function () {
        button.textContent = 'Copied';
        setTimeout(function () { button.textContent = 'Copy ' + label.textContent; }, 2000);
      });
    });
    text.parentNode.appendChild(button);
  });
})();
