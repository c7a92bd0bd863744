import type { DirectoryGroup, Person } from '../../domain/person.js';
import type { SiteSettings } from '../../domain/site-settings.js';
import type { Unit } from '../../domain/unit.js';
import { absoluteUrl, type HeadTag } from './head-tags.js';
import { breadcrumbJsonLd, jsonLdGraph, type JsonLd } from './json-ld.js';

type OrganizationSettings = Pick<SiteSettings, 'name' | 'shortName' | 'logoPath' | 'socialLinks' | 'parentOrganisation' | 'addressLines'>;

/** The institute as a schema.org `Organization` node (publisher of every report, employer on profiles). */
export function organizationNode(baseUrl: string, settings: OrganizationSettings): JsonLd {
  return {
    '@type': 'Organization',
    '@id': `${baseUrl}/#organization`,
    name: settings.name,
    ...(settings.shortName && settings.shortName !== settings.name ? { alternateName: settings.shortName } : {}),
    url: `${baseUrl}/`,
    ...(settings.logoPath ? { logo: absoluteUrl(baseUrl, settings.logoPath) } : {}),
  };
}

/**
 * The home page: the `Organization` in full (address, parent, social
 * profiles as `sameAs`) and the `WebSite` with its search action.
 */
export function homeJsonLd(baseUrl: string, settings: OrganizationSettings): JsonLd {
  const organization: JsonLd = {
    ...organizationNode(baseUrl, settings),
    ...(settings.parentOrganisation ? { parentOrganization: { '@type': 'Organization', name: settings.parentOrganisation } } : {}),
    ...(settings.addressLines.length ? { address: { '@type': 'PostalAddress', streetAddress: settings.addressLines.join(', ') } } : {}),
    ...(settings.socialLinks.length ? { sameAs: settings.socialLinks.map((l) => l.url) } : {}),
  };
  const website: JsonLd = {
    '@type': 'WebSite',
    '@id': `${baseUrl}/#website`,
    url: `${baseUrl}/`,
    name: settings.name,
    publisher: { '@id': `${baseUrl}/#organization` },
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${baseUrl}/search?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
  return jsonLdGraph([organization, website]);
}

export interface ProfileMetaInput {
  baseUrl: string;
  settings: OrganizationSettings;
  person: Pick<Person, 'slug' | 'name' | 'honorific' | 'rank' | 'photo' | 'expertise' | 'links'>;
  group?: Pick<DirectoryGroup, 'name' | 'slug'> | null;
  units?: Pick<Unit, 'name' | 'slug'>[];
  /** Plain-text first paragraph of the bio. */
  description?: string;
}

export function profileUrl(baseUrl: string, slug: string): string {
  return `${baseUrl}/people/${slug}`;
}

/** A staff profile: `Person` working for the institute, member of its units, and the page's breadcrumbs. */
export function profileJsonLd(input: ProfileMetaInput): JsonLd {
  const { baseUrl, person } = input;
  const url = profileUrl(baseUrl, person.slug);
  const node: JsonLd = {
    '@type': 'Person',
    '@id': `${url}#person`,
    name: person.name,
    url,
    ...(person.honorific ? { honorificPrefix: person.honorific } : {}),
    ...(person.rank ? { jobTitle: person.rank } : {}),
    ...(person.photo ? { image: absoluteUrl(baseUrl, person.photo) } : {}),
    ...(input.description ? { description: input.description } : {}),
    worksFor: organizationNode(baseUrl, input.settings),
    ...(input.units?.length ? {
      memberOf: input.units.map((u) => ({ '@type': 'Organization', name: u.name, url: `${baseUrl}/research/${u.slug}` })),
    } : {}),
    ...(person.expertise.length ? { knowsAbout: person.expertise } : {}),
    ...(person.links.length ? { sameAs: person.links.map((l) => l.url) } : {}),
  };
  const crumbs = [{ name: 'Home', url: `${baseUrl}/` }, { name: 'People', url: `${baseUrl}/people` }];
  if (input.group) crumbs.push({ name: input.group.name, url: `${baseUrl}/people/groups/${input.group.slug}` });
  crumbs.push({ name: person.name, url });
  return jsonLdGraph([node, breadcrumbJsonLd(crumbs)]);
}

/** Canonical link and OpenGraph `profile` for a staff profile. */
export function profileHeadTags(input: ProfileMetaInput): HeadTag[] {
  const url = profileUrl(input.baseUrl, input.person.slug);
  const tags: HeadTag[] = [
    { tag: 'link', rel: 'canonical', href: url },
    { tag: 'meta', property: 'og:type', content: 'profile' },
    { tag: 'meta', property: 'og:site_name', content: input.settings.name },
    { tag: 'meta', property: 'og:title', content: input.person.name },
    { tag: 'meta', property: 'og:url', content: url },
  ];
  if (input.description) tags.push({ tag: 'meta', property: 'og:description', content: input.description });
  if (input.person.photo) tags.push({ tag: 'meta', property: 'og:image', content: absoluteUrl(input.baseUrl, input.person.photo) });
  tags.push({ tag: 'meta', name: 'twitter:card', content: 'summary' });
  return tags;
}
