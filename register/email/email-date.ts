import { RECIPIENTS, type Message } from './blocks';
import { findDates, readings, timeFollows } from './dates';
import { numericOrder } from './stated-dates';
import { namesAnyProvider } from './provider';

/**
 * The provider message's own date: the day written in its Date/Sent/Gesendet header (or "On … wrote:" line). A
 * header with an offset is written in the sender's zone, so the written day is the sender's day; converting it to
 * UTC would move a late-evening e-mail to the next day. Client lines without an offset show the reader's day.
 */
export interface FoundEmailDate {
  day: string;
  zone: string | null;
  start: number;
  end: number;
}

/**
 * An offset ("-0800"), an offset after the zone's name ("GMT-0800", "UTC-08:00", or in whole hours as Apple Mail writes it:
 * "GMT-5"), or the zone's name alone (UTC).
 */
const OFFSET = /(?<![\d:])([+-](?:0\d|1[0-4])[0-5]\d)(?!\d)|\b(?:GMT|UTC|UT)[ \t]?([+-])(0\d|1[0-4]):?([0-5]\d)(?![\d:])|\b(?:GMT|UTC|UT)([+-])(\d|1[0-4])(?![\d:])|\b(?:GMT|UTC|UT|Z)\b/;

/** A header written by an English-speaking client ("Date:", "Sent:", "On … wrote:"), or with no field name at all. */
const ENGLISH_HEAD = /^(?:(?:date|sent(?:[ \t]+on)?)[ \t]*:|on\b|\d)/i;

/**
 * A numeric header date (05/11/2026) is in the order of the client that wrote it: a client in another language than
 * English writes day first ("Envoyé : 05/11/2026", "Gesendet: 05-11-2026"); an English or unnamed one follows the
 * message's convention (its other dates, its sender, its language).
 */
function headerOrder(message: Message, text: string | undefined): 'mdy' | 'dmy' {
  if (!text || !message.date) return 'mdy';
  const lineStart = text.lastIndexOf('\n', message.date.at - 1) + 1;
  const head = text.slice(lineStart, Math.min(message.date.at, lineStart + 80)).trim() || message.date.value.slice(0, 20);
  return ENGLISH_HEAD.test(head) ? numericOrder(text, message).order : 'dmy';
}

/**
 * `today`, the day of reading, dates a webmail's stamp without a year: a conversation view writes the year only for
 * earlier years ("Nov 24, 3:14 PM (7 days ago)"), so the day is the last of that month and day on or before today.
 */
export function findEmailDate(message: Message, text?: string, today?: string): FoundEmailDate | null {
  if (!message.date) return null;
  // Headers are short; a 200,000-character Date line is read only as far as a date can be.
  const value = message.date.value.slice(0, 300);
  const mention = findDates(value)[0];
  if (!mention) return null;
  if (mention.yearless && !(today && mention.kind === 'named' && mention.first > 0 && timeFollows(value, mention.end))) return null;
  const { mdy, dmy } = readings(mention, mention.yearless ? today : null);
  const day = mention.kind === 'numeric' && headerOrder(message, text) === 'dmy' ? (dmy ?? mdy) : (mdy ?? dmy);
  if (!day) return null;
  const offset = OFFSET.exec(value.slice(mention.end, mention.end + 40));
  // "GMT-0800 (Pacific Standard Time)", "(UTC-08:00)": the offset after the zone's name is the zone.
  const zone = offset ? (offset[1] ?? (offset[2] ? `${offset[2]}${offset[3]}${offset[4]}` : offset[5] ? `${offset[5]}${offset[6]!.padStart(2, '0')}00` : '+0000')) : null;
  return { day, zone, start: message.date.at + mention.start, end: message.date.at + mention.end };
}

/**
 * A help desk's thread has no header: each post shows its author's name and, on a line of its own, its date and time
 * ("Nov 17, 2026, 10:05 PST"). Such a line among the first lines of the message, holding nothing but a date with a
 * year, a time (Canadian French "18 h 04" too) and maybe a zone, is the message's date; where a post's author line
 * above its stamp names a provider, that post's stamp is, further down the thread too.
 */
const STAMP_LINE = /^[ \t]*([^\n]{6,40}?)[ ,]+(?:at[ \t]+)?\d{1,2}(?::|[ \t]h[ \t])\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]+(?:[A-Z]{2,5}|[+-]\d{4}))?(?:[ \t]+\([^()\n]{1,30}\))?[ \t]*$/;
const STAMP_LINES = 12;
/** A webmail's line of recipients under the author ("to me", "to TikTok", "an mich", "à moi", "para mí"). */
const RECIPIENTS_LINE = new RegExp(`^${RECIPIENTS}$`, 'i');
/** How far a thread's posts are read for the provider's own stamp. */
const STAMP_SCAN_LINES = 400;

export function findStampDate(text: string, message: Message, today?: string): FoundEmailDate | null {
  let pos = message.bodyStart;
  let first: FoundEmailDate | null = null;
  let providers: FoundEmailDate | null = null;
  let previous = ['', ''];
  for (let i = 0; i < STAMP_SCAN_LINES && pos < message.end; i++) {
    const eol = text.indexOf('\n', pos);
    const end = eol === -1 || eol > message.end ? message.end : eol;
    const line = text.slice(pos, Math.min(end, pos + 80));
    const m = STAMP_LINE.exec(line);
    const mention = m ? findDates(m[1]!)[0] : undefined;
    // The date fills the line's head: nothing but a weekday or its comma around it.
    // A webmail's stamp without a year ("Mon, Nov 9, 4:12 PM (23 days ago)") is this year's, dated as in a header.
    const yearOk = mention && (!mention.yearless || (today && mention.kind === 'named' && mention.first > 0));
    if (m && mention && yearOk && m[1]!.slice(mention.end).trim().length <= 1 && mention.start <= 12) {
      const { mdy, dmy } = readings(mention, mention.yearless ? today : null);
      const day = mdy ?? dmy;
      const zone = /[+-]\d{4}[ \t]*$/.exec(m[0])?.[0].trim() ?? null;
      const at = pos + m.index + m[0].indexOf(m[1]!);
      const found = day && mention.kind !== 'numeric' ? { day, zone, start: at + mention.start, end: at + mention.end } : null;
      if (found && i < STAMP_LINES) first ??= found;
      // A post whose author line above names a provider ("Discord Trust & Safety⏎Nov 18, 2026, 3:42 PM PST") is the
      // provider's, in a thread that shows the officer's posts too: of several, the latest (the answer after a receipt).
      // The author's line may stand above a line of recipients ("TikTok Law Enforcement Response⏎to me⏎Nov 5, 2026, …").
      const author = RECIPIENTS_LINE.test(previous[1]!) ? previous[0]! : previous[1]!;
      if (found && namesAnyProvider(author) && (!providers || found.day >= providers.day)) providers = found;
    }
    if (line.trim()) previous = [previous[1]!, line];
    pos = end + 1;
  }
  return providers ?? first;
}
