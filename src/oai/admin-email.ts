/**
 * The contact an OAI-PMH repository must name (Identify's adminEmail): the
 * configured address, or the site host's webmaster. A host without a dot
 * (localhost) gets the reserved `.invalid` suffix (RFC 2606), which keeps the
 * address well-formed and plainly not deliverable.
 */
export function oaiAdminEmail(configured: string | null, baseUrl: string): string {
  if (configured) return configured;
  const host = new URL(baseUrl).hostname;
  return `webmaster@${host.includes('.') ? host : `${host}.invalid`}`;
}
