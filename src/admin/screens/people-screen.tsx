import type { Hono } from 'hono';
import { listDirectory } from '../../actions/list-directory.js';
import { listMedia } from '../../actions/list-media.js';
import { listPeople } from '../../actions/list-people.js';
import { savePerson } from '../../actions/save-person.js';
import type { ActionContext } from '../../actions/action-context.js';
import { notFound } from '../../domain/errors.js';
import type { Person } from '../../domain/person.js';
import { actionContext, type AdminContext, type AdminEnv, type AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin } from '../admin-page.js';
import { readForm } from '../form-data.js';
import { applyListQuery, parseListQuery } from '../list-query.js';
import { requirePermission } from '../require-permission.js';
import { intOr, linesOf, saveOrShowAgain, textOrNull, type EditState } from '../structure-form.js';
import { PeopleListPage, PersonFormPage, type PeopleLookups } from '../views/people-pages.js';

async function lookupsFor(ctx: ActionContext): Promise<PeopleLookups> {
  const { reference } = await listDirectory(ctx);
  return { groups: reference.groups, units: reference.units };
}

async function findPerson(ctx: ActionContext, id: string): Promise<Person> {
  const person = (await listPeople(ctx)).find((p) => p.id === id);
  if (!person) throw notFound('This person');
  return person;
}

/** Form fields -> savePerson input. Unit check boxes are named `unit.<id>`. */
function personInput(form: Record<string, string>) {
  return {
    name: form.name ?? '', honorific: form.honorific ?? '', rank: form.rank ?? '',
    ...(textOrNull(form.slug) ? { slug: textOrNull(form.slug) as string } : {}),
    group: textOrNull(form.group), email: textOrNull(form.email), photo: textOrNull(form.photo), bio: form.bio ?? '',
    expertise: linesOf(form.expertise),
    links: linesOf(form.links).map((line) => {
      const [label = '', ...url] = line.split('|');
      return { label: label.trim(), url: url.join('|').trim() };
    }),
    units: Object.entries(form).filter(([name, value]) => name.startsWith('unit.') && value === 'true').map(([name]) => name.slice(5)),
    position: intOr(form.position, 0),
  };
}

/** People (editors and admins): the staff directory with search and filters, add, edit; stale edits refused. */
export function registerPeopleScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  runtime.nav.add({ id: 'people', label: 'People', href: '/admin/people', section: 'content', permission: 'structure.edit', description: 'Staff profiles, ranks and units' });
  const guard = requirePermission('structure.edit');

  const showForm = async (c: AdminContext, person: Person | undefined, state: EditState = {}, status: 200 | 400 | 409 = 200) => {
    const ctx = actionContext(c, runtime);
    const [lookups, photos] = await Promise.all([lookupsFor(ctx), listMedia(ctx, { kind: 'image', pageSize: 100 })]);
    return renderAdmin(c, <PersonFormPage page={await loadAdminPage(c, runtime)} person={person} lookups={lookups} photos={photos.items} state={state} />, status);
  };

  admin.get('/people', guard, async (c) => {
    const ctx = actionContext(c, runtime);
    const [people, lookups] = await Promise.all([listPeople(ctx), lookupsFor(ctx)]);
    const query = parseListQuery(c.req.query(), {
      sorts: ['name', 'rank', 'group', 'updated', 'position'],
      filters: { group: lookups.groups.map((g) => g.id), unit: lookups.units.map((u) => u.id) },
    });
    const groupPosition = new Map(lookups.groups.map((g) => [g.id, g.position]));
    const result = applyListQuery(people, query, {
      searchText: (p) => `${p.honorific} ${p.name} ${p.rank} ${p.email ?? ''} ${p.slug} ${p.expertise.join(' ')}`,
      sortValue: {
        name: (p) => p.name, rank: (p) => p.rank, updated: (p) => p.updatedAt, position: (p) => p.position,
        group: (p) => (p.groupId ? groupPosition.get(p.groupId) ?? null : null),
      },
      filter: { group: (p, v) => p.groupId === v, unit: (p, v) => p.unitIds.includes(v) },
    });
    return renderAdmin(c, <PeopleListPage page={await loadAdminPage(c, runtime)} query={query} result={result} lookups={lookups} />);
  });

  admin.get('/people/new', guard, (c) => showForm(c, undefined));

  admin.post('/people', guard, async (c) => {
    const form = await readForm(c);
    return saveOrShowAgain(c, form, () => savePerson(actionContext(c, runtime), personInput(form)),
      (saved) => c.redirect(`/admin/people/${saved.id}?notice=saved`, 303),
      (state, status) => showForm(c, undefined, state, status as 400));
  });

  admin.get('/people/:id', guard, async (c) => showForm(c, await findPerson(actionContext(c, runtime), c.req.param('id'))));

  admin.post('/people/:id', guard, async (c) => {
    const ctx = actionContext(c, runtime);
    const form = await readForm(c);
    const id = (await findPerson(ctx, c.req.param('id'))).id;
    return saveOrShowAgain(c, form,
      () => savePerson(ctx, { id, ...personInput(form), ...(form.expectedUpdatedAt ? { expectedUpdatedAt: form.expectedUpdatedAt } : {}) }),
      (saved) => c.redirect(`/admin/people/${saved.id}?notice=saved`, 303),
      async (state, status) => {
        const current = await findPerson(ctx, id);
        // After a conflict the form is based on the version now stored: saving again is a deliberate overwrite.
        const values = state.isConflict ? { ...state.values, expectedUpdatedAt: current.updatedAt } : state.values;
        return showForm(c, current, { ...state, ...(values ? { values } : {}) }, status as 400);
      });
  });
}
