// Imprint back office: for a new release time, the workflow panel's time zone
// field starts at the browser's own zone, so a time typed in means what the
// editor expects. A time already set is shown in the institute's zone and
// keeps it. Without this script the field stays at the institute's zone,
// which the page says beside it.
/* global document, HTMLSelectElement, HTMLInputElement */

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
for (const select of document.querySelectorAll('select[data-local-zone]')) {
  if (!(select instanceof HTMLSelectElement) || select.dataset.touched) continue;
  const time = select.form?.querySelector('input[type="datetime-local"]');
  if (time instanceof HTMLInputElement && time.value) continue;
  if ([...select.options].some((option) => option.value === zone)) select.value = zone;
}
