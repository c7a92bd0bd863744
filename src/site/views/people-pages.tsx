import type { FC } from 'hono/jsx';
import type { Directory } from '../../actions/list-directory.js';
import { unitLabel } from '../../domain/unit.js';
import type { SiteView } from '../site-view.js';
import { HOME_CRUMB, type Crumb } from './breadcrumbs.js';
import { Layout } from './layout.js';

type DirectoryPerson = Directory['sections'][number]['people'][number];
type UnitById = Directory['reference']['unitById'];

export function fullName(person: Pick<DirectoryPerson, 'honorific' | 'name'>): string {
  return person.honorific ? `${person.honorific} ${person.name}` : person.name;
}

const PersonCard: FC<{ person: DirectoryPerson; unitById: UnitById }> = ({ person, unitById }) => {
  const units = person.unitIds.map((id) => unitById.get(id)).filter((u) => u !== undefined);
  return (
    <li class="person-card">
      <p class="person-name"><a href={`/people/${person.slug}`}>{fullName(person)}</a></p>
      {person.rank ? <p class="person-rank">{person.rank}</p> : null}
      {units.length > 0 ? <p class="person-units">{units.map((u) => unitLabel(u)).join(' · ')}</p> : null}
    </li>
  );
};

export const PEOPLE_CRUMB: Crumb = { label: 'Staff Profiles', href: '/people' };

/** The staff directory (every group in order) or one group of it. */
export const DirectoryPage: FC<{ site: SiteView; directory: Directory }> = ({ site, directory }) => {
  const { group, sections, reference } = directory;
  const title = group ? group.name : 'Staff Profiles';
  const breadcrumbs = group ? [HOME_CRUMB, PEOPLE_CRUMB, { label: group.name }] : [HOME_CRUMB, { label: 'Staff Profiles' }];
  return (
    <Layout site={site} title={title} breadcrumbs={breadcrumbs}>
      <div class="container directory">
        <header class="page-header">
          <h1>{title}</h1>
        </header>
        {!group && sections.length > 1 ? (
          <nav class="directory-index" aria-label="Directory groups">
            <ul>
              {sections.map((s) => <li><a href={`/people/groups/${s.group.slug}`}>{s.group.name}</a></li>)}
            </ul>
          </nav>
        ) : null}
        {sections.map((section) => (
          <section class="directory-section" aria-labelledby={`group_${section.group.slug}`}>
            {group ? null : <h2 id={`group_${section.group.slug}`}><a href={`/people/groups/${section.group.slug}`}>{section.group.name}</a></h2>}
            {group ? <h2 id={`group_${section.group.slug}`} class="visually-hidden">{section.group.name}</h2> : null}
            {section.people.length > 0
              ? <ul class="people-grid">{section.people.map((p) => <PersonCard person={p} unitById={reference.unitById} />)}</ul>
              : <p class="empty-note">No one is listed in this group at present.</p>}
          </section>
        ))}
        {sections.length === 0 ? <p class="empty-note">The directory is empty.</p> : null}
        {group ? <p class="more-link"><a href="/people">All staff profiles</a></p> : null}
      </div>
    </Layout>
  );
};
