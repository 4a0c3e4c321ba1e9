import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { isCountryCode } from '../legal/countries';
import { AUTHORITY_TYPES, type Investigator } from '../legal/route-types';
import { DEFAULT_LOCK_IDLE_MINUTES, DEFAULT_REMINDER_DAYS } from '../register/defaults';
import { LANGUAGE_SETTINGS } from '../i18n/types';

/**
 * Preferences in `browser.storage.local` (the extension's own storage, never the page's), read and written by the
 * background and extension pages. The in-page guide does not use this file: it asks the background, which answers
 * only what the guide needs and accepts only the collapsed state as a change (entrypoints/guide/guide-settings.ts).
 */
export const settingsSchema = z.object({
  /** Provider ids whose portals get no in-page guide. */
  disabledProviders: z.array(z.string().check(z.regex(/^[a-z][a-z0-9-]*$/))),
  guideCollapsed: z.boolean(),
  /** Rule ids the investigator turned off. */
  disabledRules: z.array(z.string().check(z.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/))),
  /** Days before expiry to remind (0 = on the day). */
  reminderDays: z.array(z.number().check(z.int(), z.minimum(0), z.maximum(365))).check(z.maxLength(10)),
  /** Minutes without use after which a register with a passphrase locks itself. */
  lockIdleMinutes: z.number().check(z.int(), z.minimum(1), z.maximum(1440)),
  /** The investigator's country (ISO 3166-1 alpha-2) for the legal routes; null until the investigator sets it. */
  country: z.nullable(z.string().check(z.refine(isCountryCode, 'not an ISO 3166-1 alpha-2 country code'))),
  /** The investigator's authority type (who may issue which order); null until set. */
  authority: z.nullable(z.enum(AUTHORITY_TYPES)),
  /** The language of QuickFreeze's own text: `browser` (the browser's UI language) or a locale (i18n/types.ts). */
  language: z.enum(LANGUAGE_SETTINGS),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { disabledProviders: [], guideCollapsed: false, disabledRules: [], reminderDays: [...DEFAULT_REMINDER_DAYS], lockIdleMinutes: DEFAULT_LOCK_IDLE_MINUTES, country: null, authority: null, language: 'browser' };
const KEY = 'settings';

/**
 * The investigator the legal routes are computed for; null while the country is not set (the product asks for it
 * rather than guessing). Without an authority type: the police, whose verdicts name every validation needed.
 */
export function investigatorOf({ country, authority }: Pick<Settings, 'country' | 'authority'>): Investigator | null {
  return country ? { country, authority: authority ?? 'police' } : null;
}

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
