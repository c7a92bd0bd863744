import type { Hono } from 'hono';
import { getSiteChrome } from '../../actions/get-site-chrome.js';
import { listMedia } from '../../actions/list-media.js';
import { updateSettings } from '../../actions/update-settings.js';
import { actionContext, type AdminContext, type AdminEnv, type AdminRuntime } from '../admin-env.js';
import { loadAdminPage, renderAdmin } from '../admin-page.js';
import { readForm } from '../form-data.js';
import { requirePermission } from '../require-permission.js';
import { linesOf, saveOrShowAgain, textOrNull, type EditState } from '../structure-form.js';
import { SettingsPage } from '../views/settings-page.js';

/** "a | b | c" lines -> their trimmed parts. */
const partsOf = (value: string | undefined) => linesOf(value).map((line) => line.split('|').map((p) => p.trim()));
const linksOf = (value: string | undefined) => partsOf(value).map(([label = '', ...url]) => ({ label, url: url.join('|') }));

function settingsInput(form: Record<string, string>) {
  return {
    name: form.name ?? '', shortName: form.shortName ?? '', tagline: form.tagline ?? '', parentOrganisation: form.parentOrganisation ?? '',
    addressLines: linesOf(form.addressLines), directionsUrl: textOrNull(form.directionsUrl), contactUrl: textOrNull(form.contactUrl),
    socialLinks: partsOf(form.socialLinks).map(([network = '', label = '', ...url]) => ({ network, label, url: url.join('|') })),
    footerLinks: linksOf(form.footerLinks), legalLinks: linksOf(form.legalLinks),
    copyrightHolder: form.copyrightHolder ?? '', accentColor: (form.accentColor ?? '').trim(), logoPath: textOrNull(form.logoPath),
    // A form without the field (an older page still open) leaves the zone as it is.
    ...(form.timeZone === undefined ? {} : { timeZone: form.timeZone }),
  };
}

/** Site settings (admins only): name, time zone, look, contact and footer links. */
export function registerSettingsScreen(admin: Hono<AdminEnv>, runtime: AdminRuntime): void {
  runtime.nav.add({ id: 'settings', label: 'Site settings', href: '/admin/settings', section: 'site', permission: 'settings.edit', description: 'Institute name, colour, logo and contact details' });
  const guard = requirePermission('settings.edit');

  const show = async (c: AdminContext, state: EditState = {}, status: 200 | 400 = 200) => {
    const ctx = actionContext(c, runtime);
    const [chrome, images] = await Promise.all([getSiteChrome(ctx), listMedia(ctx, { kind: 'image', pageSize: 100 })]);
    return renderAdmin(c, <SettingsPage page={await loadAdminPage(c, runtime)} settings={chrome.settings} images={images.items} state={state} />, status);
  };

  admin.get('/settings', guard, (c) => show(c));

  admin.post('/settings', guard, async (c) => {
    const form = await readForm(c);
    return saveOrShowAgain(c, form, () => updateSettings(actionContext(c, runtime), settingsInput(form)),
      () => c.redirect('/admin/settings?notice=settings-saved', 303),
      (state, status) => show(c, state, status as 400));
  });
}
