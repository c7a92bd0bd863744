import type { FC } from 'hono/jsx';
import type { MediaFile } from '../../domain/media.js';
import type { SiteSettings } from '../../domain/site-settings.js';
import type { AdminPage } from '../admin-page.js';
import type { EditState } from '../structure-form.js';
import { timeZoneNames } from '../zoned-time.js';
import { SelectField, TextField } from './form-parts.js';
import { EditFrame, fieldIssue, TextAreaField } from './structure-fields.js';

const linkLines = (links: readonly { label: string; url: string }[]) => links.map((l) => `${l.label} | ${l.url}`).join('\n');

/** The settings as form values (lists as one entry per line, parts separated by "|"). */
export function settingsValues(settings: SiteSettings): Record<string, string> {
  return {
    name: settings.name, shortName: settings.shortName, tagline: settings.tagline, parentOrganisation: settings.parentOrganisation,
    addressLines: settings.addressLines.join('\n'), directionsUrl: settings.directionsUrl ?? '', contactUrl: settings.contactUrl ?? '',
    socialLinks: settings.socialLinks.map((l) => `${l.network} | ${l.label} | ${l.url}`).join('\n'),
    footerLinks: linkLines(settings.footerLinks), legalLinks: linkLines(settings.legalLinks),
    copyrightHolder: settings.copyrightHolder, accentColor: settings.accentColor, logoPath: settings.logoPath ?? '',
    timeZone: settings.timeZone,
  };
}

export const SettingsPage: FC<{ page: AdminPage; settings: SiteSettings; images: MediaFile[]; state?: EditState }> = ({ page, settings, images, state = {} }) => {
  const v = state.values ?? settingsValues(settings);
  const issues = state.issues;
  const logoOptions = [{ value: '', label: 'No logo (the name in type)' }, ...images.map((m) => ({ value: m.url, label: m.originalName }))];
  if (v.logoPath && !images.some((m) => m.url === v.logoPath)) logoOptions.push({ value: v.logoPath, label: v.logoPath });
  const colourError = fieldIssue(issues, 'accentColor');
  const zones = timeZoneNames().map((zone) => ({ value: zone, label: zone }));
  return (
    <EditFrame page={page} title="Site settings" lede="Who the institute is and how the site presents it. Changes show on every page at once."
      action="/admin/settings" backHref="/admin" backLabel="Dashboard" state={state} submitLabel="Save settings"
      extraActions={<a href="/" class="button button-secondary">View site</a>}>
      <h2 class="form-section">Identity</h2>
      <TextField name="name" label="Institute name" value={v.name ?? ''} isRequired error={fieldIssue(issues, 'name')} hint="“S. Rajaratnam School of International Studies”." />
      <div class="inline-fields">
        <TextField name="shortName" label="Short name" value={v.shortName ?? ''} isRequired error={fieldIssue(issues, 'shortName')} hint="“RSIS”: tabs, feeds, citations." />
        <TextField name="copyrightHolder" label="Copyright holder" value={v.copyrightHolder ?? ''} isRequired error={fieldIssue(issues, 'copyrightHolder')} />
      </div>
      <TextField name="tagline" label="Tagline" value={v.tagline ?? ''} error={fieldIssue(issues, 'tagline')} />
      <TextField name="parentOrganisation" label="Parent organisation" value={v.parentOrganisation ?? ''} error={fieldIssue(issues, 'parentOrganisation')} />
      <SelectField name="timeZone" label="Time zone" value={v.timeZone ?? 'UTC'} options={zones} error={fieldIssue(issues, 'timeZone')}
        hint="The back office writes times in it, and release times are read in it unless an editor picks another zone." />
      <h2 class="form-section">Look</h2>
      <div class="inline-fields">
        <div class={colourError ? 'field has-error' : 'field'}>
          <label for="field-accentColor">Accent colour</label>
          <p class="hint" id="field-accentColor-hint">Links, buttons and the header rule, as #rrggbb.</p>
          {colourError ? <p class="field-error" id="field-accentColor-error">{colourError}</p> : null}
          <input id="field-accentColor" name="accentColor" type="text" value={v.accentColor ?? ''} pattern="#[0-9a-fA-F]{6}" class="colour-input"
            aria-describedby={colourError ? 'field-accentColor-hint field-accentColor-error' : 'field-accentColor-hint'} aria-invalid={colourError ? 'true' : undefined} />
        </div>
        <SelectField name="logoPath" label="Logo" value={v.logoPath ?? ''} options={logoOptions} error={fieldIssue(issues, 'logoPath')} hint="An image from the media library." />
      </div>
      <h2 class="form-section">Contact</h2>
      <TextAreaField name="addressLines" label="Address" value={v.addressLines ?? ''} rows={4} error={fieldIssue(issues, 'addressLines')} hint="One line per line of the postal address." />
      <div class="inline-fields">
        <TextField name="contactUrl" label="Contact page" value={v.contactUrl ?? ''} error={fieldIssue(issues, 'contactUrl')} hint="/contact or https://…" />
        <TextField name="directionsUrl" label="Directions" value={v.directionsUrl ?? ''} error={fieldIssue(issues, 'directionsUrl')} hint="A map link." />
      </div>
      <h2 class="form-section">Links in the footer</h2>
      <TextAreaField name="socialLinks" label="Social media" value={v.socialLinks ?? ''} rows={6} error={fieldIssue(issues, 'socialLinks')} hint="One per line: network | handle | https://address" />
      <TextAreaField name="footerLinks" label="Footer links" value={v.footerLinks ?? ''} rows={4} error={fieldIssue(issues, 'footerLinks')} hint="One per line: label | /path or https://address" />
      <TextAreaField name="legalLinks" label="Legal links" value={v.legalLinks ?? ''} rows={3} error={fieldIssue(issues, 'legalLinks')} hint="Privacy, terms of use …; one per line: label | address" />
    </EditFrame>
  );
};
