import type { FC } from 'hono/jsx';
import type { MediaFile } from '../../domain/media.js';
import type { DirectoryGroup, Person } from '../../domain/person.js';
import { unitLabel, type Unit } from '../../domain/unit.js';
import type { AdminPage } from '../admin-page.js';
import type { ListPage, ListQuery } from '../list-query.js';
import type { EditState } from '../structure-form.js';
import { AdminLayout } from './admin-layout.js';
import { SelectField, TextField } from './form-parts.js';
import { ListTable } from './list-table.js';
import { EditFrame, fieldIssue, NumberField, TextAreaField } from './structure-fields.js';

export interface PeopleLookups {
  groups: DirectoryGroup[];
  units: Unit[];
}

const displayName = (p: Person) => (p.honorific ? `${p.honorific} ${p.name}` : p.name);

export const PeopleListPage: FC<{ page: AdminPage; query: ListQuery; result: ListPage<Person>; lookups: PeopleLookups }> = ({ page, query, result, lookups }) => {
  const groupName = new Map(lookups.groups.map((g) => [g.id, g.name]));
  const unitById = new Map(lookups.units.map((u) => [u.id, u]));
  return (
    <AdminLayout page={page} title="People" lede="The staff directory: profiles, ranks and the units people work in."
      actions={<a href="/admin/people/new" class="button button-primary">Add person</a>}>
      <ListTable
        basePath="/admin/people" query={query} result={result} noun={['person', 'people']} searchLabel="Search by name, rank, email or expertise"
        filters={[
          { name: 'group', label: 'Directory group', options: lookups.groups.map((g) => ({ value: g.id, label: g.name })) },
          { name: 'unit', label: 'Unit', options: lookups.units.map((u) => ({ value: u.id, label: u.acronym || u.name })) },
        ]}
        columns={[
          { key: 'name', label: 'Name', isSortable: true, render: (p) => <a href={`/admin/people/${p.id}`} class="row-link">{displayName(p)}</a> },
          { key: 'rank', label: 'Rank or position', isSortable: true, render: (p) => p.rank || <span class="muted">—</span> },
          { key: 'group', label: 'Directory group', isSortable: true, render: (p) => (p.groupId && groupName.get(p.groupId)) || <span class="muted">—</span> },
          { key: 'units', label: 'Units', render: (p) => p.unitIds.map((id) => unitById.get(id)?.acronym || unitById.get(id)?.name).filter(Boolean).join(', ') || <span class="muted">—</span> },
          { key: 'updated', label: 'Updated', isSortable: true, class: 'nowrap', render: (p) => p.updatedAt.slice(0, 10) },
        ]}
        empty={{ title: 'Nobody in the directory yet', text: 'Profiles appear on the site under /people and in the bylines of their publications.', action: <a href="/admin/people/new" class="button button-primary">Add the first person</a> }}
      />
    </AdminLayout>
  );
};

function personValues(person: Person | undefined, state: EditState): Record<string, string> {
  if (state.values) return state.values;
  if (!person) return {};
  return {
    name: person.name, honorific: person.honorific, rank: person.rank, slug: person.slug, group: person.groupId ?? '',
    email: person.email ?? '', photo: person.photo ?? '', bio: person.bio, expertise: person.expertise.join('\n'),
    links: person.links.map((l) => `${l.label} | ${l.url}`).join('\n'), position: String(person.position),
    expectedUpdatedAt: person.updatedAt,
    ...Object.fromEntries(person.unitIds.map((id) => [`unit.${id}`, 'true'])),
  };
}

export interface PersonFormProps {
  page: AdminPage;
  person?: Person;
  lookups: PeopleLookups;
  photos: MediaFile[];
  state?: EditState;
}

export const PersonFormPage: FC<PersonFormProps> = ({ page, person, lookups, photos, state = {} }) => {
  const v = personValues(person, state);
  const issues = state.issues;
  const photoOptions = [{ value: '', label: 'No photo' }, ...photos.map((m) => ({ value: m.url, label: `${m.originalName}${m.alt ? ` — ${m.alt}` : ''}` }))];
  if (v.photo && !photos.some((m) => m.url === v.photo)) photoOptions.push({ value: v.photo, label: v.photo });
  return (
    <EditFrame page={page} title={person ? displayName(person) : 'Add person'} lede={person ? `Profile · /people/${person.slug}` : 'A new profile in the staff directory.'}
      action={person ? `/admin/people/${person.id}` : '/admin/people'} backHref="/admin/people" backLabel="All people" state={state}
      submitLabel={person ? 'Save profile' : 'Add person'}
      extraActions={person ? <a href={`/people/${person.slug}`} class="button button-secondary">View on the site</a> : null}>
      {person ? <input type="hidden" name="expectedUpdatedAt" value={v.expectedUpdatedAt ?? person.updatedAt} /> : null}
      <div class="inline-fields">
        <TextField name="honorific" label="Honorific" value={v.honorific ?? ''} error={fieldIssue(issues, 'honorific')} hint="Dr, Prof, Amb …" />
        <TextField name="name" label="Name" value={v.name ?? ''} isRequired error={fieldIssue(issues, 'name')} />
      </div>
      <TextField name="rank" label="Rank or position" value={v.rank ?? ''} error={fieldIssue(issues, 'rank')} hint="“Associate Research Fellow”, “Dean”." />
      <TextField name="slug" label="Slug" value={v.slug ?? ''} error={fieldIssue(issues, 'slug')} hint="The address: /people/<slug>. Left empty, it is made from the name." />
      <div class="inline-fields">
        <SelectField name="group" label="Directory group" value={v.group ?? ''} error={fieldIssue(issues, 'group')}
          options={[{ value: '', label: 'Not listed in a group' }, ...lookups.groups.map((g) => ({ value: g.id, label: g.name }))]} />
        <TextField name="email" label="Email" type="email" value={v.email ?? ''} error={fieldIssue(issues, 'email')} />
      </div>
      <fieldset class={fieldIssue(issues, 'units') ? 'field checkbox-group has-error' : 'field checkbox-group'}>
        <legend>Units <span class="optional">(optional)</span></legend>
        {fieldIssue(issues, 'units') ? <p class="field-error">{fieldIssue(issues, 'units')}</p> : null}
        {lookups.units.map((u) => (
          <label class="check"><input type="checkbox" name={`unit.${u.id}`} value="true" checked={v[`unit.${u.id}`] === 'true'} /> {unitLabel(u)}</label>
        ))}
      </fieldset>
      <SelectField name="photo" label="Photo" value={v.photo ?? ''} error={fieldIssue(issues, 'photo')} options={photoOptions}
        hint="An image from the media library (upload it there first). Shown square on the profile." />
      <TextAreaField name="bio" label="Biography" value={v.bio ?? ''} rows={10} isCode error={fieldIssue(issues, 'bio')} hint="Markdown: **bold**, *italic*, [links](https://…), lists." />
      <TextAreaField name="expertise" label="Expertise" value={v.expertise ?? ''} rows={3} error={fieldIssue(issues, 'expertise')} hint="One area per line." />
      <TextAreaField name="links" label="Links" value={v.links ?? ''} rows={3} error={fieldIssue(issues, 'links')} hint="One per line: label | https://address" />
      <NumberField name="position" label="Order in the directory" value={v.position ?? ''} error={fieldIssue(issues, 'position')} />
    </EditFrame>
  );
};
