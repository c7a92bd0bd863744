import { DEFAULT_SETTINGS, type SiteSettings } from '../../domain/site-settings.js';
import type { Db } from './db-handle.js';

/** Site settings, one row per key so a partial update touches only its keys. */
export function createSettingsRepository(db: Db) {
  return {
    async get(): Promise<SiteSettings> {
      const rows = await db.selectFrom('settings').selectAll().execute();
      const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
      for (const row of rows) {
        if (row.key in DEFAULT_SETTINGS) settings[row.key] = JSON.parse(row.value) as unknown;
      }
      return settings as unknown as SiteSettings;
    },
    async getValue(key: string): Promise<unknown> {
      const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
      return row ? (JSON.parse(row.value) as unknown) : undefined;
    },
    async set(values: Record<string, unknown>, now: string): Promise<void> {
      for (const [key, value] of Object.entries(values)) {
        if (value === undefined) continue;
        await db.insertInto('settings').values({ key, value: JSON.stringify(value), updated_at: now })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: now }))
          .execute();
      }
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
