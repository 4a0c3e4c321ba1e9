import type { Locale } from '../../i18n/types';

/**
 * A calendar day (`YYYY-MM-DD`) written the page language's way, for display only: record facts, MAR text and exports
 * keep `YYYY-MM-DD`. Read at UTC midnight so the day never shifts with the browser's time zone.
 */
export function dayText(day: string, locale: Locale, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
}
