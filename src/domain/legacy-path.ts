/**
 * Normalise an old URL to the key redirects are stored under: the path only
 * (hosts vary between `rsis.edu.sg` and `www.rsis.edu.sg`), no query or
 * fragment, no trailing slash (archives are inconsistent about it).
 */
export function normalizeLegacyPath(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed === '') return null;
  let path: string;
  if (/^https?:\/\//i.test(trimmed)) {
    try {
      path = new URL(trimmed).pathname;
    } catch {
      return null;
    }
  } else if (trimmed.startsWith('/')) {
    path = trimmed.split(/[?#]/)[0] ?? '';
  } else {
    return null;
  }
  try {
    path = decodeURI(path);
  } catch {
    // keep the raw form when it is not valid percent-encoding
  }
  path = path.replace(/\/{2,}/g, '/').replace(/\/+$/, '');
  return path === '' ? null : path;
}
