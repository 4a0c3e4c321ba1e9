import * as z from 'zod/mini';
import { browser } from 'wxt/browser';

/** Preferences in `browser.storage.local` (the extension's own storage, never the page's). */
export const settingsSchema = z.object({
  /** Provider ids whose portals get no in-page guide. */
  disabledProviders: z.array(z.string().check(z.regex(/^[a-z][a-z0-9-]*$/))),
  guideCollapsed: z.boolean(),
  /** Rule ids the investigator turned off. */
  disabledRules: z.array(z.string().check(z.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/))),
  /** Days before expiry to remind (0 = on the day). */
  reminderDays: z.array(z.number().check(z.int(), z.minimum(0), z.maximum(365))).check(z.maxLength(10)),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { disabledProviders: [], guideCollapsed: false, disabledRules: [], reminderDays: [14, 7, 0] };
const KEY = 'settings';

/** Stored settings, or the defaults where what is stored is missing or malformed. */
export function parseSettings(raw: unknown): Settings {
  const merged = { ...DEFAULT_SETTINGS, ...(typeof raw === 'object' && raw !== null ? raw : {}) };
  const result = settingsSchema.safeParse(merged);
  return result.success ? result.data : DEFAULT_SETTINGS;
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

/** Validate, then write in one call: a bad value never reaches storage. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[KEY]) callback(parseSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
