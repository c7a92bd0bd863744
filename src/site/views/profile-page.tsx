import type { FC } from 'hono/jsx';
import type { PersonProfile } from '../../actions/get-person-profile.js';
import { unitLabel } from '../../domain/unit.js';
import type { SiteView } from '../site-view.js';
import { HOME_CRUMB } from './breadcrumbs.js';
import { FeedSubscribe } from './discovery-head.js';
import { Layout } from './layout.js';
import { ProfileHead } from './page-discovery.js';
import { Pagination } from './pagination.js';
import { fullName, PEOPLE_CRUMB } from './people-pages.js';
import { PublicationList } from './publication-list.js';
import { Prose } from './prose.js';

/** A staff profile: name, rank, units, bio, expertise, links, email and their publications. */
export const ProfilePage: FC<{ site: SiteView; profile: PersonProfile }> = ({ site, profile }) => {
  const { person, group, units, publications, reference } = profile;
  const name = fullName(person);
  const breadcrumbs = [HOME_CRUMB, PEOPLE_CRUMB, ...(group ? [{ label: group.name, href: `/people/groups/${group.slug}` }] : []), { label: person.name }];
  const basePath = `/people/${person.slug}`;
  const isFirstPage = publications.page === 1;
  return (
    <Layout site={site} title={person.name} description={person.rank ? `${name}, ${person.rank}` : undefined} ogType="profile" breadcrumbs={breadcrumbs}
      head={<ProfileHead site={site} profile={profile} />}>
      <div class="container profile">
        <header class="profile-header">
          {person.photo ? <img class="profile-photo" src={person.photo} alt={`Portrait of ${person.name}`} width={160} height={160} /> : null}
          <div>
            <h1>{name}</h1>
            {person.rank ? <p class="profile-rank">{person.rank}</p> : null}
            {units.length > 0 ? (
              <ul class="profile-units">
                {units.map((u) => <li><a href={`/research/${u.slug}`}>{unitLabel(u)}</a></li>)}
              </ul>
            ) : null}
          </div>
        </header>
        <div class="profile-layout">
          <div class="profile-main">
            {isFirstPage && person.bioHtml ? <Prose class="profile-bio" html={person.bioHtml} /> : null}
            <section class="profile-publications" aria-labelledby="profile_publications">
              <h2 id="profile_publications">Publications</h2>
              <FeedSubscribe scope={{ kind: 'person', slug: person.slug }} label={person.name} />
              <PublicationList items={publications.items} seriesById={reference.seriesById} headingLevel={3}
                emptyText={`No publications by ${person.name} are listed yet.`} />
              <Pagination page={publications.page} pageSize={publications.pageSize} total={publications.total} basePath={basePath} />
            </section>
          </div>
          <aside class="profile-aside" aria-label={`About ${person.name}`}>
            {person.expertise.length > 0 ? (
              <section aria-labelledby="profile_expertise">
                <h2 id="profile_expertise">Expertise</h2>
                <ul class="tag-list">{person.expertise.map((e) => <li>{e}</li>)}</ul>
              </section>
            ) : null}
            {person.email || person.links.length > 0 ? (
              <section aria-labelledby="profile_contact">
                <h2 id="profile_contact">Contact and links</h2>
                <ul class="link-list">
                  {person.email ? <li><a href={`mailto:${person.email}`}>{person.email}</a></li> : null}
                  {person.links.map((link) => <li><a href={link.url} rel="noopener">{link.label}</a></li>)}
                </ul>
              </section>
            ) : null}
            {group ? (
              <section aria-labelledby="profile_group">
                <h2 id="profile_group">Directory</h2>
                <p><a href={`/people/groups/${group.slug}`}>{group.name}</a></p>
              </section>
            ) : null}
          </aside>
        </div>
      </div>
    </Layout>
  );
};
