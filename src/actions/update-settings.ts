import { z } from 'zod';
import { tags } from '../domain/change-tags.js';
import { requirePermission } from '../domain/permissions.js';
import type { SiteSettings } from '../domain/site-settings.js';
import { isTimeZone } from '../domain/time-zone.js';
import { isoNow, type ActionContext } from './action-context.js';
import { optionalText, requiredText, urlOrPathField } from './input-fields.js';
import { parseInput } from './parse-input.js';
import { recordAudit } from './record-audit.js';

const link = z.object({ label: requiredText(100), url: urlOrPathField });

const settingsInput = z.object({
  name: requiredText(200),
  shortName: requiredText(40),
  tagline: optionalText(300),
  parentOrganisation: optionalText(200),
  addressLines: z.array(z.string().trim().min(1).max(200)).max(8),
  directionsUrl: urlOrPathField.nullable(),
  contactUrl: urlOrPathField.nullable(),
  socialLinks: z.array(link.extend({ network: requiredText(40) })).max(20),
  footerLinks: z.array(link).max(30),
  legalLinks: z.array(link).max(10),
  copyrightHolder: requiredText(200),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #8a1538'),
  logoPath: z.string().trim().max(500).nullable(),
  timeZone: z.string().trim().refine(isTimeZone, 'must be a time zone such as Asia/Singapore or UTC'),
}).partial();

export type UpdateSettingsInput = z.input<typeof settingsInput>;

/** Change some site settings; keys left out keep their value. */
export async function updateSettings(ctx: ActionContext, input: UpdateSettingsInput): Promise<SiteSettings> {
  const actor = requirePermission(ctx.user, 'settings.edit');
  // Fields with defaults would come back filled in; only keys the caller sent are changed.
  const parsed = parseInput(settingsInput, input);
  const data = Object.fromEntries(Object.entries(parsed).filter(([key]) => key in input)) as typeof parsed;
  await ctx.store.transaction(async (tx) => {
    await tx.settings.set(data, isoNow(ctx));
    await recordAudit(tx, ctx, actor, {
      action: 'settings.update', entityKind: 'settings', entityId: 'site', summary: `Changed site settings: ${Object.keys(data).sort().join(', ') || 'nothing'}`,
    });
  });
  ctx.events.emit([tags.chrome]);
  return ctx.store.settings.get();
}
