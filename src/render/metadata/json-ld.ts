/**
 * JSON-LD (https://www.w3.org/TR/json-ld11/) goes in
 * `<script type="application/ld+json">`. A data block of a non-JavaScript
 * type is never executed (HTML Living Standard, "data block"), so the strict
 * Content-Security-Policy (`script-src 'self'`) allows it. The HTML parser
 * still ends the element at the first `</script`, so `<` is written as
 * `\u003c` (and `>`, `&`, U+2028, U+2029 likewise): a value such as
 * `</script><script>alert(1)</script>` stays inside the JSON string.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The whole element, for views that insert HTML strings. */
export function jsonLdScript(data: unknown): string {
  return `<script type="application/ld+json">${jsonLdText(data)}</script>`;
}

export type JsonLd = Record<string, unknown>;

/** One document with several nodes (`@graph`), e.g. a Report and its BreadcrumbList. */
export function jsonLdGraph(nodes: JsonLd[]): JsonLd {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

export interface Crumb {
  name: string;
  url: string;
}

export function breadcrumbJsonLd(crumbs: readonly Crumb[]): JsonLd {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}
