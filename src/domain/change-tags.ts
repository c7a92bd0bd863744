/**
 * Entity tags carried by change events and by cached pages. A write emits the
 * tags of what it changed; the page cache drops every page tagged with one of
 * them. `chrome` is on every page (menus, settings); list tags mark pages whose
 * membership can change when any item of that kind is created or published.
 */
export const tags = {
  chrome: 'chrome',
  publicationLists: 'list:publications',
  peopleLists: 'list:people',
  publication: (id: string) => `publication:${id}`,
  /** A publication's PDF: its page prints the PDF's size. */
  publicationPdf: (id: string) => `pdf:${id}`,
  person: (id: string) => `person:${id}`,
  series: (id: string) => `series:${id}`,
  term: (id: string) => `term:${id}`,
  unit: (id: string) => `unit:${id}`,
  page: (id: string) => `page:${id}`,
  pageTree: 'list:pages',
  unitLists: 'list:units',
  termLists: 'list:terms',
} as const;
