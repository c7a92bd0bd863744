// Imprint back office: the workflow panel's time zone field starts at the
// browser's own zone, so a release time typed in means what the editor expects.
// Without this script the field stays at UTC, which the page says beside it.
/* global document, HTMLSelectElement */

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
for (const select of document.querySelectorAll('select[data-local-zone]')) {
  if (!(select instanceof HTMLSelectElement) || select.dataset.touched) continue;
  if ([...select.options].some((option) => option.value === zone)) select.value = zone;
}
