import type { FC } from 'hono/jsx';
import type { PersonProfile } from '../../actions/get-person-profile.js';
import { markdownToText } from '../../render/markdown/markdown-to-text.js';
import { homeJsonLd, profileJsonLd } from '../../render/metadata/site-metadata.js';
import type { SiteView } from '../site-view.js';
import { JsonLdScript } from './discovery-head.js';
import { FeedAlternateLinks } from './discovery-head.js';

/** The home page describes the institute: Organization and WebSite. */
export const HomeHead: FC<{ site: SiteView }> = ({ site }) => (
  <JsonLdScript data={homeJsonLd(site.baseUrl, site.chrome.settings)} />
);

/** The first sentences of a profile's bio, plain text, for JSON-LD. */
function bioSummary(markdown: string): string {
  const text = markdownToText(markdown).replace(/\s+/g, ' ').trim();
  return text.length > 300 ? `${text.slice(0, 299).replace(/\s+\S*$/, '')}…` : text;
}

/** A profile: the Person (with the institute as employer) and the author's feeds. */
export const ProfileHead: FC<{ site: SiteView; profile: PersonProfile }> = ({ site, profile }) => (
  <>
    <JsonLdScript data={profileJsonLd({
      baseUrl: site.baseUrl,
      settings: site.chrome.settings,
      person: profile.person,
      group: profile.group,
      units: profile.units,
      description: bioSummary(profile.person.bio),
    })} />
    <FeedAlternateLinks scope={{ kind: 'person', slug: profile.person.slug }} title={`Publications by ${profile.person.name}`} />
  </>
);
