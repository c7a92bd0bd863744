// Requests of the publication editor: POSTs carrying the CSRF token the
// page was rendered with (the admin checks it on every unsafe request).

const csrfToken = () => document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';

/**
 * POST a FormData and read the JSON answer. Resolves to { status, body };
 * a network failure resolves to status 0 so callers can say "offline"
 * instead of throwing.
 */
export async function postForm(url, data) {
  try {
    const response = await fetch(url, {
      method: 'POST',
      body: data,
      credentials: 'same-origin',
      headers: { 'X-CSRF-Token': csrfToken(), Accept: 'application/json' },
    });
    const isJson = (response.headers.get('content-type') ?? '').includes('application/json');
    return { status: response.status, body: isJson ? await response.json() : null };
  } catch {
    return { status: 0, body: null };
  }
}

/** The sentence to show for a refused request: the fields at fault when there are some. */
export function refusalText(body, fallback) {
  if (!body) return fallback;
  const issues = Array.isArray(body.issues) ? body.issues : [];
  if (issues.length) return issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  return body.message || fallback;
}
