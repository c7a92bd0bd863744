import type { Hono } from 'hono';
import { getPersonProfile } from '../../actions/get-person-profile.js';
import { listDirectory } from '../../actions/list-directory.js';
import { tags } from '../../domain/change-tags.js';
import type { SiteEnv } from '../site-env.js';
import { htmlResponse, pageParam, pageRequest, type SiteContext, type SiteRuntime } from '../site-runtime.js';
import { DirectoryPage } from '../views/people-pages.js';
import { ProfilePage } from '../views/profile-page.js';
import { requireListingPage } from './publication-routes.js';

/** `/people`, `/people/groups/{group}` and `/people/{slug}`. */
export function registerPeopleRoutes(site: Hono<SiteEnv>, runtime: SiteRuntime): void {
  const directory = async (c: SiteContext, groupSlug?: string) => {
    const request = pageRequest(c, runtime);
    const [view, data] = await Promise.all([request.loadSite(), listDirectory(request.ctx, groupSlug ? { groupSlug } : {})]);
    request.pageTags.add(tags.peopleLists);
    for (const section of data.sections) {
      for (const person of section.people) request.pageTags.add(tags.person(person.id), ...person.unitIds.map((id) => tags.unit(id)));
    }
    return htmlResponse(c, <DirectoryPage site={view} directory={data} />);
  };

  site.get('/people', (c) => directory(c));
  site.get('/people/groups/:group', (c) => directory(c, c.req.param('group')));

  site.get('/people/:slug', async (c) => {
    const request = pageRequest(c, runtime);
    const page = pageParam(c);
    const [view, profile] = await Promise.all([request.loadSite(), getPersonProfile(request.ctx, { slug: c.req.param('slug'), page })]);
    requireListingPage(page, profile.publications.items.length, `publications of ${profile.person.name}`);
    request.pageTags
      .add(tags.person(profile.person.id), ...profile.units.map((u) => tags.unit(u.id)))
      .addPublications(profile.publications.items);
    // The directory group's name is printed too; groups change only through peopleLists.
    if (profile.group) request.pageTags.add(tags.peopleLists);
    return htmlResponse(c, <ProfilePage site={view} profile={profile} />);
  });
}
