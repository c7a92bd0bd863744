import { createHash } from 'node:crypto';

/** A strong entity tag for a body: the same bytes always give the same tag (RFC 9110 section 8.8.3). */
export function strongEtag(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * Does `If-None-Match` name this tag? RFC 9110 section 13.1.2: the comparison
 * is weak (a `W/` prefix on either side is ignored) and `*` matches any
 * current representation.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const wanted = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === wanted;
  });
}
