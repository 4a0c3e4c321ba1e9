/** Calendar arithmetic on `YYYY-MM-DD` days, in UTC so that no local time zone or DST shift moves a day. */

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(day: string): number {
  const m = ISO_DAY.exec(day);
  if (!m) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== day) throw new RangeError(`no such day: ${day}`);
  return ms;
}

/** The day `days` after `day` (negative: before); month ends and leap years fall where the calendar puts them. */
export function addDays(day: string, days: number): string {
  return new Date(parseDay(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Is `day` on or after `since`? Both `YYYY-MM-DD`. */
export function onOrAfter(day: string, since: string): boolean {
  return parseDay(day) >= parseDay(since);
}

/** The calendar day of an instant in a time zone (IANA name): an investigator's "today" for the date gates. */
export function dayIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The instant `hours` after `instant` (an 8-hour or 48-hour deadline runs in real time, across DST changes). */
export function addHours(instant: Date, hours: number): Date {
  return new Date(instant.getTime() + hours * 3_600_000);
}
