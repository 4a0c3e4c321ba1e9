import type { Source } from './schema';

/** PILON's handbook: verify contact details and procedures each time before relying on them; after a year we ask. */
export const CHECK_AGAIN_AFTER_MONTHS = 12;

/** The newest day any of these sources was compared with the fact, or null without sources. */
export function lastChecked(sources: readonly Pick<Source, 'checked'>[]): string | null {
  return sources.reduce<string | null>((newest, s) => (newest === null || s.checked > newest ? s.checked : newest), null);
}

/** True when the fact was last checked more than twelve months before `today` (dates as YYYY-MM-DD). */
export function needsCheckAgain(sources: readonly Pick<Source, 'checked'>[], today: Date): boolean {
  const checked = lastChecked(sources);
  if (!checked) return true;
  const due = new Date(`${checked}T00:00:00Z`);
  due.setUTCMonth(due.getUTCMonth() + CHECK_AGAIN_AFTER_MONTHS);
  return today.toISOString().slice(0, 10) > due.toISOString().slice(0, 10);
}
