import type { FC } from 'hono/jsx';
import type { AdminPage } from '../admin-page.js';
import type { EditState } from '../structure-form.js';
import { TextField } from './form-parts.js';
import { EditFrame, fieldIssue, NumberField } from './structure-fields.js';

/** A new vocabulary (themes, regions, sectors ...): its name and where its terms live on the site. */
export const NewTaxonomyPage: FC<{ page: AdminPage; state?: EditState }> = ({ page, state = {} }) => {
  const v = state.values ?? {};
  const issues = state.issues;
  return (
    <EditFrame page={page} title="Add taxonomy" lede="A vocabulary readers can browse by, like themes or regions." action="/admin/taxonomies"
      backHref="/admin/terms" backLabel="All terms" state={state} submitLabel="Add taxonomy">
      <TextField name="name" label="Name" value={v.name ?? ''} isRequired error={fieldIssue(issues, 'name')} hint="Plural, as a heading: “Themes”, “Regions”." />
      <div class="inline-fields">
        <TextField name="slug" label="Slug" value={v.slug ?? ''} isRequired error={fieldIssue(issues, 'slug')} hint="Used in imports and the API: theme, region." />
        <TextField name="path" label="Address" value={v.path ?? ''} isRequired error={fieldIssue(issues, 'path')} hint="Its terms live at /<address>/<term>: themes, regions." />
      </div>
      <NumberField name="position" label="Order" value={v.position ?? ''} error={fieldIssue(issues, 'position')} />
    </EditFrame>
  );
};
